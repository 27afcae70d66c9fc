package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.rules.Classifications.ASSAULT_WITHOUT_INJURY;
import static org.crimeledger.rules.Classifications.POSSESSION_OF_A_BLADE;
import static org.crimeledger.rules.Classifications.POSSESSION_OF_CANNABIS;
import static org.crimeledger.rules.Classifications.PUBLIC_FEAR_ALARM_OR_DISTRESS;
import static org.crimeledger.rules.CountingRuleCode.STATE_BASED_ONCE_PER_OFFENDER_GROUP;
import static org.crimeledger.rules.ReportedOffences.assaultOnOneVictim;

import org.junit.jupiter.api.Test;

class StateBasedOncePerOffenderGroupTests {

    @Test
    void drugPossessionIsCountedInAdditionToTheAssault() {
        CountingDecision decision = assaultOnOneVictim().andAgainstTheState(POSSESSION_OF_CANNABIS).counted();

        assertThat(decision.crimes()).extracting(ProposedCrime::principal)
                .containsExactly(ASSAULT_WITHOUT_INJURY, POSSESSION_OF_CANNABIS);
        assertThat(decision.crimes().get(1).rulesApplied()).containsExactly(STATE_BASED_ONCE_PER_OFFENDER_GROUP);
    }

    @Test
    void cannabisFoundTwiceOnOneOffenderIsOneCrime() {
        CountingDecision decision = assaultOnOneVictim().andAgainstTheState(POSSESSION_OF_CANNABIS)
                .andAgainstTheState(POSSESSION_OF_CANNABIS).counted();

        assertThat(decision.crimes()).filteredOn(crime -> !crime.hasVictim()).singleElement()
                .satisfies(crime -> assertThat(crime.related()).containsExactly(POSSESSION_OF_CANNABIS));
    }

    @Test
    void cannabisFoundOnTwoOffendersActingIndependentlyIsTwoCrimes() {
        CountingDecision decision = assaultOnOneVictim().andAgainstTheState(POSSESSION_OF_CANNABIS)
                .andAgainstTheState(POSSESSION_OF_CANNABIS).by("2").counted();

        assertThat(decision.crimes()).filteredOn(crime -> !crime.hasVictim())
                .extracting(ProposedCrime::offenderGroup).containsExactly("1", "2");
    }

    @Test
    void drugsAndABladeOnOneOffenderAreCountedUnderTheirOwnChapters() {
        CountingDecision decision = assaultOnOneVictim().instead(POSSESSION_OF_CANNABIS).withoutAVictim()
                .andAgainstTheState(POSSESSION_OF_A_BLADE).counted();

        assertThat(decision.crimes()).extracting(ProposedCrime::principal)
                .containsExactly(POSSESSION_OF_CANNABIS, POSSESSION_OF_A_BLADE);
    }

    @Test
    void publicFearAlarmOrDistressWithNoSpecificVictimIsCountedOnce() {
        CountingDecision decision = assaultOnOneVictim().instead(PUBLIC_FEAR_ALARM_OR_DISTRESS).withoutAVictim().counted();

        assertThat(decision.findings()).isEmpty();
        assertThat(decision.crimes()).singleElement().satisfies(crime -> {
            assertThat(crime.hasVictim()).isFalse();
            assertThat(crime.rationale()).contains("CRR26 pp.86-89");
        });
    }
}
