package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue against its exemplars: each baseline is clean, each violation breaks exactly its own rule,
 * and no rule goes without a violation test.
 */
class RuleCatalogueTests {

    static Stream<RecordSetBuilder> baselines() {
        return Stream.of(RecordSetBuilder.recordedCrime(), RecordSetBuilder.noCrime(), RecordSetBuilder.cancelledCrime(),
                RecordSetBuilder.outcomeGiven(), RecordSetBuilder.downgradedCrime());
    }

    static Set<String> codesFound(List<RecordSetBuilder> sets) {
        RuleCatalogue.Run run = RuleCatalogue.start(RecordSetBuilder.SETTINGS);
        return sets.stream().flatMap(set -> run.check(set.build()).stream()).map(RuleFinding::code)
                .collect(Collectors.toSet());
    }

    @ParameterizedTest
    @MethodSource("baselines")
    void aValidBaselineRecordSetRaisesNoFinding(RecordSetBuilder baseline) {
        assertThat(RuleCatalogue.start(RecordSetBuilder.SETTINGS).check(baseline.build())).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> eachMinimalViolationBreaksItsRuleAndNoOther() {
        return RuleViolationExemplars.BY_CODE.entrySet().stream().map(entry -> DynamicTest.dynamicTest(
                entry.getKey() + " is raised alone by its violation",
                () -> assertThat(codesFound(entry.getValue().get())).containsExactly(entry.getKey())));
    }

    @Test
    void everyCataloguedRuleHasItsViolationTest() {
        assertThat(RuleViolationExemplars.BY_CODE.keySet())
                .containsExactlyInAnyOrderElementsOf(RuleCatalogue.definitions().stream().map(RuleDefinition::code).toList());
    }

    @Test
    void codesAreUniqueAndTheCatalogueHasAtLeastThirtyRules() {
        List<String> codes = RuleCatalogue.definitions().stream().map(RuleDefinition::code).toList();
        assertThat(codes).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void theSeventyTwoHourRuleAppliesBeforeTheTwentyFourHourRule() {
        RuleDefinition old = RuleCatalogue.definition("CRR-TIME-002").orElseThrow();
        RuleDefinition now = RuleCatalogue.definition("CRR-TIME-001").orElseThrow();
        assertThat(old.appliesOn(LocalDate.of(2014, 6, 1))).isTrue();
        assertThat(now.appliesOn(LocalDate.of(2014, 6, 1))).isFalse();
        assertThat(old.appliesOn(LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(now.appliesOn(LocalDate.of(2026, 6, 1))).isTrue();
    }

    @Test
    void aDecisionTwoDaysLateIn2012IsJudgedByTheSeventyTwoHourRuleOnly() {
        RecordSetBuilder set = RuleViolationExemplars.BY_CODE.get("CRR-TIME-002").get().get(0);
        set.decision.decidedAt = set.receivedAt.plusSeconds(48 * 3600);
        set.crime().recordedAt = set.decision.decidedAt;
        assertThat(codesFound(List.of(set))).isEmpty();
    }

    @Test
    void crimesOfTheSamePersonAndClassFarApartAreNotDuplicates() {
        RecordSetBuilder later = RecordSetBuilder.recordedCrime().with(s -> {
            s.reference = "INC-2";
            s.crime().reference = "CR-2";
            s.crime().offenceFrom = s.crime().offenceFrom.minusSeconds(3 * 86400);
        });
        assertThat(codesFound(List.of(RecordSetBuilder.recordedCrime(), later))).isEmpty();
    }

    @Test
    void aRunOfChosenRulesRaisesOnlyThoseRules() {
        RecordSetBuilder lateWithTwoVictims = RuleViolationExemplars.BY_CODE.get("CRR-CNT-002").get().get(0);
        lateWithTwoVictims.decision.decidedAt = RecordSetBuilder.RECEIVED.plusSeconds(30 * 3600);
        lateWithTwoVictims.crime().recordedAt = lateWithTwoVictims.decision.decidedAt;
        lateWithTwoVictims.closedAt = null;

        assertThat(codesFound(List.of(lateWithTwoVictims))).containsExactlyInAnyOrder("CRR-TIME-001", "CRR-CNT-002");
        assertThat(RuleCatalogue.start(RecordSetBuilder.SETTINGS, "CRR-TIME-001"::equals).check(lateWithTwoVictims.build()))
                .extracting(RuleFinding::code).containsExactly("CRR-TIME-001");
    }
}
