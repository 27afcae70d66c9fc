package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.crimeledger.rules.Classifications.ASSAULT_WITHOUT_INJURY;
import static org.crimeledger.rules.Classifications.POSSESSION_OF_A_BLADE;
import static org.crimeledger.rules.Classifications.POSSESSION_OF_CANNABIS;
import static org.crimeledger.rules.Classifications.ROBBERY_OF_PERSONAL_PROPERTY;
import static org.crimeledger.rules.CountingRuleCode.WEAPON_MAY_HAVE_BEEN_USED;
import static org.crimeledger.rules.ReportedOffences.assaultOnOneVictim;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CountingRulesTests {

    @Test
    void theBaselineIsOneCrimeAndNothingToReview() {
        CountingDecision decision = assaultOnOneVictim().counted();

        assertThat(decision.numberOfCrimes()).isEqualTo(1);
        assertThat(decision.findings()).isEmpty();
        assertThat(decision.needsReview()).isFalse();
    }

    @Test
    void nothingReportedIsNothingCounted() {
        CountingDecision decision = ReportedOffences.nothing().counted();

        assertThat(decision.crimes()).isEmpty();
        assertThat(decision.findings()).isEmpty();
    }

    @Test
    void theVictimsComeFirstAndThePrincipalCrimeLast() {
        assertThat(CountingRules.rulesInOrder()).containsExactly(
                CountingRuleCode.VICTIM_NOT_IDENTIFIED,
                CountingRuleCode.STATE_BASED_OFFENCE_GIVEN_A_VICTIM,
                CountingRuleCode.ONE_CRIME_PER_VICTIM,
                CountingRuleCode.STATE_BASED_ONCE_PER_OFFENDER_GROUP,
                CountingRuleCode.RECORDED_IN_ADDITION,
                CountingRuleCode.FINISHED_INCIDENT,
                CountingRuleCode.COURSE_OF_CONDUCT,
                CountingRuleCode.PRINCIPAL_CRIME,
                CountingRuleCode.WEAPON_MAY_HAVE_BEEN_USED);
    }

    @Test
    void everyRuleHasAStableCodeAMessageAndAnOfficialReference() {
        assertThat(CountingRuleCode.values()).allSatisfy(rule -> {
            assertThat(rule.code()).matches("CNT-\\d{3}");
            assertThat(rule.message()).isNotBlank();
            assertThat(rule.reference()).matches(".*(CRR26|NOL26) pp?\\.\\d+.*");
        });
        assertThat(Arrays.stream(CountingRuleCode.values()).map(CountingRuleCode::code)).doesNotHaveDuplicates();
    }

    @Test
    void aRobberyWithASecondVictimAKnifeAndAnotherOffendersCannabisIsFourCrimesAndOneQuestion() {
        CountingDecision decision = assaultOnOneVictim().and(ROBBERY_OF_PERSONAL_PROPERTY)
                .and(ASSAULT_WITHOUT_INJURY).against("victim-2")
                .andAgainstTheState(POSSESSION_OF_A_BLADE)
                .andAgainstTheState(POSSESSION_OF_CANNABIS).by("2")
                .counted();

        assertThat(decision.crimes()).extracting(ProposedCrime::victim, ProposedCrime::principal).containsExactly(
                tuple("victim-1", ROBBERY_OF_PERSONAL_PROPERTY),
                tuple("victim-2", ASSAULT_WITHOUT_INJURY),
                tuple(null, POSSESSION_OF_A_BLADE),
                tuple(null, POSSESSION_OF_CANNABIS));
        assertThat(decision.findings()).extracting(Finding::code).containsExactly(WEAPON_MAY_HAVE_BEEN_USED);
    }
}
