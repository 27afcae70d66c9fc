package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.rules.Classifications.POSSESSION_OF_CANNABIS;
import static org.crimeledger.rules.CountingRuleCode.STATE_BASED_OFFENCE_GIVEN_A_VICTIM;
import static org.crimeledger.rules.ReportedOffences.assaultOnOneVictim;

import org.junit.jupiter.api.Test;

class StateBasedOffenceGivenAVictimTests {

    @Test
    void drugPossessionAgainstTheStateRaisesNoQuestion() {
        assertThat(assaultOnOneVictim().andAgainstTheState(POSSESSION_OF_CANNABIS).counted()
                .found(STATE_BASED_OFFENCE_GIVEN_A_VICTIM)).isFalse();
    }

    @Test
    void drugPossessionReportedAgainstAVictimIsCountedWithoutTheVictim() {
        CountingDecision decision = assaultOnOneVictim().instead(POSSESSION_OF_CANNABIS).counted();

        assertThat(decision.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(STATE_BASED_OFFENCE_GIVEN_A_VICTIM);
            assertThat(finding.detail()).contains("Possession of controlled drugs (cannabis) (92E)", "victim-1");
        });
        assertThat(decision.crimes()).singleElement().satisfies(crime -> {
            assertThat(crime.hasVictim()).isFalse();
            assertThat(crime.principal()).isEqualTo(POSSESSION_OF_CANNABIS);
        });
    }
}
