package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.rules.Classifications.ASSAULT_WITHOUT_INJURY;
import static org.crimeledger.rules.CountingRuleCode.ONE_CRIME_PER_VICTIM;
import static org.crimeledger.rules.ReportedOffences.VICTIM;
import static org.crimeledger.rules.ReportedOffences.assaultOnOneVictim;

import org.junit.jupiter.api.Test;

class OneCrimePerVictimTests {

    @Test
    void anAssaultOnOneVictimIsOneCrimeForThatVictim() {
        assertThat(assaultOnOneVictim().counted().crimes()).singleElement().satisfies(crime -> {
            assertThat(crime.victim()).isEqualTo(VICTIM);
            assertThat(crime.principal()).isEqualTo(ASSAULT_WITHOUT_INJURY);
            assertThat(crime.rulesApplied()).containsExactly(ONE_CRIME_PER_VICTIM);
            assertThat(crime.rationale()).contains("CRR26 p.12");
        });
    }

    @Test
    void threeVictimsOfOneAttackerAreThreeCrimes() {
        CountingDecision decision = assaultOnOneVictim().against("victim-1", "victim-2", "victim-3").counted();

        assertThat(decision.crimes()).extracting(ProposedCrime::victim).containsExactly("victim-1", "victim-2", "victim-3");
    }

    @Test
    void oneVictimOfTwoOffendersActingTogetherIsOneCrime() {
        CountingDecision decision = assaultOnOneVictim().and(ASSAULT_WITHOUT_INJURY).counted();

        assertThat(decision.numberOfCrimes()).isEqualTo(1);
    }

    @Test
    void aVictimOfOffendersActingIndependentlyHasACrimeForEach() {
        CountingDecision decision = assaultOnOneVictim().and(ASSAULT_WITHOUT_INJURY).by("2").counted();

        assertThat(decision.crimesAgainst(VICTIM)).extracting(ProposedCrime::offenderGroup).containsExactly("1", "2");
    }
}
