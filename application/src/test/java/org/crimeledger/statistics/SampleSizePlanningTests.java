package org.crimeledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SampleSizePlanningTests {

    @Test
    void twoPointsAt95PercentNearEightyFivePercentNeedsAbout1225Crimes() {
        // 1.96^2 x 0.85 x 0.15 / 0.02^2 = 1,224.5
        SampleSize size = SampleSizePlanning.forPopulation(10_000_000, PlanningAssumptions.inspectionDefaults(0.02));

        assertThat(size.crimesForPrecision()).isEqualTo(1_225);
        assertThat(size.incidents()).isEqualTo(1_225);
        assertThat(size.working()).hasSize(4).anyMatch(line -> line.contains("Finite-population correction"));
    }

    @Test
    void theFinitePopulationCorrectionShrinksTheSampleFromASmallPopulation() {
        SampleSize size = SampleSizePlanning.forPopulation(2_000, PlanningAssumptions.inspectionDefaults(0.02));

        // 1,224.5 / (1 + 1,223.5 / 2,000) = 759.9
        assertThat(size.incidents()).isEqualTo(760);
    }

    @Test
    void clusteringAndIncidentsWithoutCrimesRaiseTheNumberOfIncidents() {
        PlanningAssumptions sussexLike = new PlanningAssumptions(0.85, 0.02, 0.95, 1.1, 133.0 / 157);

        SampleSize size = SampleSizePlanning.forPopulation(10_000_000, sussexLike);

        assertThat(size.incidents()).isEqualTo((int) Math.ceil(1_224.5 * 1.1 / (133.0 / 157) / (1 + (1_224.5 * 1.1 / (133.0 / 157) - 1) / 10_000_000)));
        assertThat(size.incidents()).isGreaterThan(1_500);
    }

    @Test
    void aPrecisionOnlyACensusCouldGiveIsRefused() {
        assertThatThrownBy(() -> SampleSizePlanning.forPopulation(300, PlanningAssumptions.inspectionDefaults(0.001)))
                .hasMessageContaining("more than the 300 in the population");
    }

    @Test
    void strataWithTheirOwnTargetGetAtLeastWhatTheTargetNeeds() {
        Map<String, SampleSize> plan = SampleSizePlanning.forStrata(
                Map.of("violence", 30_000L, "other", 70_000L), PlanningAssumptions.inspectionDefaults(0.02),
                Map.of("violence", PlanningAssumptions.inspectionDefaults(0.03)));

        int overall = SampleSizePlanning.forPopulation(100_000, PlanningAssumptions.inspectionDefaults(0.02)).incidents();
        int violenceTarget = SampleSizePlanning.forPopulation(30_000, PlanningAssumptions.inspectionDefaults(0.03)).incidents();
        assertThat(plan.get("other").incidents()).isEqualTo((int) Math.ceil(overall * 0.7));
        assertThat(plan.get("violence").incidents()).isEqualTo(Math.max((int) Math.ceil(overall * 0.3), violenceTarget));
    }

    @Test
    void impossibleAssumptionsAreNamed() {
        assertThatThrownBy(() -> PlanningAssumptions.inspectionDefaults(0)).hasMessageContaining("target precision");
        assertThatThrownBy(() -> new PlanningAssumptions(1.0, 0.02, 0.95, 1, 1)).hasMessageContaining("expected rate");
        assertThatThrownBy(() -> SampleSizePlanning.forPopulation(0, PlanningAssumptions.inspectionDefaults(0.02)))
                .hasMessageContaining("population is empty");
    }
}
