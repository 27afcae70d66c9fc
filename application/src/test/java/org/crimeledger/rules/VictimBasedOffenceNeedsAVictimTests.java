package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.rules.Classifications.HARASSMENT;
import static org.crimeledger.rules.CountingRuleCode.VICTIM_NOT_IDENTIFIED;
import static org.crimeledger.rules.ReportedOffences.assaultOnOneVictim;

import org.junit.jupiter.api.Test;

class VictimBasedOffenceNeedsAVictimTests {

    @Test
    void anAssaultOnANamedVictimNeedsNothingMore() {
        assertThat(assaultOnOneVictim().counted().found(VICTIM_NOT_IDENTIFIED)).isFalse();
    }

    @Test
    void anAssaultWithNoVictimIsACrimeRelatedIncidentUntilTheVictimIsFound() {
        CountingDecision decision = assaultOnOneVictim().withoutAVictim().counted();

        assertThat(decision.crimes()).isEmpty();
        assertThat(decision.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(VICTIM_NOT_IDENTIFIED);
            assertThat(finding.reference()).isEqualTo("CRR26 p.7, No victim, no crime");
            assertThat(finding.detail()).contains("Assault without injury (105A)", "crime related incident");
        });
        assertThat(decision.needsReview()).isTrue();
    }

    @Test
    void aBreachOfARestrainingOrderFiledUnderHarassmentNeedsNoVictim() {
        CountingDecision decision = assaultOnOneVictim().instead(HARASSMENT).onLine("008/31").withoutAVictim().counted();

        assertThat(decision.found(VICTIM_NOT_IDENTIFIED)).isFalse();
        assertThat(decision.crimes()).singleElement().satisfies(crime -> assertThat(crime.hasVictim()).isFalse());
    }
}
