package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.rules.Classifications.ASSAULT_WITHOUT_INJURY;
import static org.crimeledger.rules.Classifications.OTHER_THEFT;
import static org.crimeledger.rules.Classifications.RAPE_OF_A_FEMALE_AGED_16_AND_OVER;
import static org.crimeledger.rules.Classifications.ROBBERY_OF_PERSONAL_PROPERTY;
import static org.crimeledger.rules.Classifications.THEFT_OF_A_PEDAL_CYCLE;
import static org.crimeledger.rules.CountingRuleCode.EQUALLY_SERIOUS;
import static org.crimeledger.rules.CountingRuleCode.FINISHED_INCIDENT;
import static org.crimeledger.rules.CountingRuleCode.ONE_CRIME_PER_VICTIM;
import static org.crimeledger.rules.CountingRuleCode.PRINCIPAL_CRIME;
import static org.crimeledger.rules.ReportedOffences.assaultOnOneVictim;

import org.junit.jupiter.api.Test;

class PrincipalCrimeTests {

    @Test
    void aRobberyAndAnAssaultOnOneVictimAreOneRobbery() {
        CountingDecision decision = assaultOnOneVictim().and(ROBBERY_OF_PERSONAL_PROPERTY).counted();

        assertThat(decision.crimes()).singleElement().satisfies(crime -> {
            assertThat(crime.principal()).isEqualTo(ROBBERY_OF_PERSONAL_PROPERTY);
            assertThat(crime.related()).containsExactly(ASSAULT_WITHOUT_INJURY);
            assertThat(crime.rulesApplied()).containsExactly(ONE_CRIME_PER_VICTIM, FINISHED_INCIDENT, PRINCIPAL_CRIME);
            assertThat(crime.rationale()).contains("Robbery of personal property (34B) is the principal crime",
                    "the related offences stay on the record: Assault without injury (105A)", "CRR26 pp.12-14");
        });
        assertThat(decision.findings()).isEmpty();
    }

    @Test
    void aRapeDuringARobberyIsRecordedAsTheRape() {
        CountingDecision decision = assaultOnOneVictim().instead(ROBBERY_OF_PERSONAL_PROPERTY)
                .and(RAPE_OF_A_FEMALE_AGED_16_AND_OVER).counted();

        assertThat(decision.crimes()).singleElement()
                .satisfies(crime -> assertThat(crime.principal()).isEqualTo(RAPE_OF_A_FEMALE_AGED_16_AND_OVER));
    }

    @Test
    void equallySeriousClassesProposeTheFirstReportedAndAskTheRecorder() {
        CountingDecision decision = assaultOnOneVictim().instead(THEFT_OF_A_PEDAL_CYCLE).and(OTHER_THEFT).counted();

        assertThat(decision.crimes()).singleElement()
                .satisfies(crime -> assertThat(crime.principal()).isEqualTo(THEFT_OF_A_PEDAL_CYCLE));
        assertThat(decision.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(EQUALLY_SERIOUS);
            assertThat(finding.reference()).isEqualTo("CRR26 p.13, Principal crime rule");
        });
    }
}
