package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.rules.Classifications.ASSAULT_WITHOUT_INJURY;
import static org.crimeledger.rules.CountingRuleCode.FINISHED_INCIDENT;
import static org.crimeledger.rules.ReportedOffences.assaultOnOneVictim;

import org.junit.jupiter.api.Test;

class FinishedIncidentTests {

    @Test
    void oneAssaultIsNotASequence() {
        assertThat(assaultOnOneVictim().counted().crimes().get(0).applied(FINISHED_INCIDENT)).isFalse();
    }

    @Test
    void threeAssaultsOnOneVictimReportedAtOnceAreOneCrime() {
        CountingDecision decision = assaultOnOneVictim().and(ASSAULT_WITHOUT_INJURY).and(ASSAULT_WITHOUT_INJURY).counted();

        assertThat(decision.crimes()).singleElement().satisfies(crime -> {
            assertThat(crime.principal()).isEqualTo(ASSAULT_WITHOUT_INJURY);
            assertThat(crime.related()).containsExactly(ASSAULT_WITHOUT_INJURY, ASSAULT_WITHOUT_INJURY);
            assertThat(crime.applied(FINISHED_INCIDENT)).isTrue();
            assertThat(crime.rationale()).contains("3 offences against victim-1", "reported at the same time");
        });
    }
}
