package org.crimeledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Comparable units (docs/statistics.md, "Comparison groups"): a clean force whose teams differ in case mix by group
 * must not alarm because of it once each team is compared with the other teams of its group, while gaming in one
 * response team is still found. Run exactly as the application runs the tests ({@link IndicatorTests#run}, funnel and
 * longitudinal tests of every team adjusted together), with and without the groups, on simulated forces with known
 * truth; the rates are printed and kept in docs/statistics.md.
 *
 * <p>The force, per team and month, easy outcomes (penalty notices, cannabis warnings) among outcomes: eight response
 * teams with 300 outcomes, 12% easy (they take the public order, drugs and theft that such outcomes fit); three
 * investigation teams with 150 outcomes, 6% easy (half the response teams' rate, honestly: their crimes seldom fit an
 * easy outcome); one public protection unit, alone in its group, with 100 outcomes, 3% easy.
 */
class StratifiedFunnelValidationTests {

    /** 100 seeds in the build (1,000 for the clean force); {@code -Dintegrity.validation.seeds=300} for the figures kept. */
    private static final int SEEDS = Integer.getInteger("integrity.validation.seeds", 100);
    private static final YearMonth AS_OF = YearMonth.of(2026, 10);

    private record Team(String code, String group, int outcomes, double easy) {
    }

    private static final List<Team> FORCE = force();

    private static List<Team> force() {
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            teams.add(new Team("R0" + t, "response teams", 300, 0.12));
        }
        for (int t = 0; t < 3; t++) {
            teams.add(new Team("I0" + t, "investigation teams", 150, 0.06));
        }
        teams.add(new Team("PPU", "public protection units", 100, 0.03));
        return List.copyOf(teams);
    }

    private static final ComparisonGroups GROUPS = new ComparisonGroups(
            FORCE.stream().collect(java.util.stream.Collectors.toMap(Team::code, Team::group)));

    /** Response team R00's easy outcomes at 15% all year, against its group's 12% (1.25 times). */
    private static final double GAMED = 0.15;

    @Test
    void theStratifiedFunnelIgnoresCaseMixAndStillFindsGamingInOneResponseTeam() {
        // clean seeds over ten times the gamed ones: they are cheap (one indicator), and a rate near 4% cannot be told
        // from one above 5% in 300 seeds (seeds 0 to 299 give 5.3%, 0 to 999 give 3.5%)
        int clean = 10 * SEEDS;
        double stratifiedClean = rate(clean, false, GROUPS, false);
        double unstratifiedClean = rate(clean, false, ComparisonGroups.NONE, false);
        double stratifiedFound = rate(SEEDS, true, GROUPS, true);
        double unstratifiedFound = rate(SEEDS, true, ComparisonGroups.NONE, true);
        System.out.printf("false alarms over %d seeds, clean force, response teams twice the investigation teams' easy "
                + "outcomes, FDR 5%%: stratified %.3f, unstratified %.3f%n", clean, stratifiedClean, unstratifiedClean);
        System.out.printf("detection over %d seeds, response team R00 easy outcomes at 15%% against 12%% for a year: "
                + "stratified %.3f, unstratified %.3f%n", SEEDS, stratifiedFound, unstratifiedFound);
        assertThat(stratifiedClean).as("clean force with a case-mix difference, stratified").isLessThanOrEqualTo(0.05);
        assertThat(unstratifiedClean).as("the same force unstratified alarms on case mix, the reason for groups")
                .isGreaterThan(0.5);
        assertThat(stratifiedFound).as("gaming in one response team, stratified").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void eachFunnelExplanationNamesTheReferenceItUsed() {
        Map<String, List<UnitMonth>> counts = new TreeMap<>();
        IntegrityReport report = IndicatorTests.run(AS_OF, UnitLevel.TEAM, GROUPS,
                indicator -> indicator == Indicator.EASY_OUTCOMES ? counts(new Well19937c(1), false) : List.of());
        IndicatorView easy = report.indicator(Indicator.EASY_OUTCOMES);
        assertThat(funnel(easy, "R03").explanation()).contains("for the other response teams");
        assertThat(funnel(easy, "I01").explanation()).contains("for the other investigation teams");
        assertThat(funnel(easy, "PPU").explanation())
                .contains("for the rest of the force: no comparable public protection units");
        assertThat(easy.teams()).filteredOn(line -> line.unit().equals("PPU")).singleElement()
                .extracting(TeamLine::comparedWith).isEqualTo("the rest of the force: no comparable public protection units");
        // the reference is the group's pooled proportion: an investigation team's is near 6%, not the force's 10%
        assertThat(funnel(easy, "I01").explanation()).containsPattern("against [5-7]\\.\\d% for the other investigation");
        assertThat(counts).isEmpty();

        IntegrityReport ungrouped = IndicatorTests.run(AS_OF, UnitLevel.STATION,
                indicator -> indicator == Indicator.EASY_OUTCOMES ? counts(new Well19937c(1), false) : List.of());
        assertThat(funnel(ungrouped.indicator(Indicator.EASY_OUTCOMES), "I01").explanation())
                .contains("for the other stations");
    }

    private static Finding funnel(IndicatorView view, String unit) {
        return view.findings().stream().filter(f -> f.unit().equals(unit) && f.check() == Finding.Check.FUNNEL)
                .findFirst().orElseThrow();
    }

    /**
     * Share of seeds with any alert of any test (clean), or with a funnel alert on R00's easy outcomes (gamed). The
     * same seeds with and without groups, so the two rates compare like with like.
     */
    private static double rate(int seeds, boolean gamed, ComparisonGroups groups, boolean onR00) {
        int hits = 0;
        for (int seed = 0; seed < seeds; seed++) {
            List<UnitMonth> rows = counts(new Well19937c(31_000L * (gamed ? 2 : 1) + seed), gamed);
            IntegrityReport report = IndicatorTests.run(AS_OF, UnitLevel.TEAM, groups,
                    indicator -> indicator == Indicator.EASY_OUTCOMES ? rows : List.of());
            boolean hit = onR00 ? report.indicator(Indicator.EASY_OUTCOMES).alerts().stream()
                    .anyMatch(alert -> alert.unit().equals("R00") && alert.check() == Finding.Check.FUNNEL)
                    : !report.alerts().isEmpty();
            hits += hit ? 1 : 0;
        }
        return (double) hits / seeds;
    }

    private static List<UnitMonth> counts(RandomGenerator random, boolean gamed) {
        List<UnitMonth> rows = new ArrayList<>();
        YearMonth first = IndicatorTests.firstMonth(AS_OF);
        for (Team team : FORCE) {
            for (int m = 0; m < IndicatorTests.SERIES; m++) {
                boolean lastYear = m >= IndicatorTests.SERIES - IndicatorTests.YEAR;
                double p = gamed && lastYear && team.code().equals("R00") ? GAMED : team.easy();
                long events = new BinomialDistribution(random, team.outcomes(), p).sample();
                rows.add(new UnitMonth(team.code(), first.plusMonths(m), events, team.outcomes()));
            }
        }
        return rows;
    }
}
