package org.crimeledger.integrity;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.crimeledger.statistics.BinomialComparison;
import org.crimeledger.statistics.ChangePoint;
import org.crimeledger.statistics.FalseDiscovery;
import org.crimeledger.statistics.PoissonComparison;
import org.crimeledger.statistics.Signal;

/**
 * The tests of every indicator for each team, and the control of false discoveries across all of them at once:
 * proportions against the other teams (funnel) and against the team's own year (longitudinal), one-sided
 * because each signature shows only as too much (downgrades, cancellations, late decisions); recorded crime,
 * which gaming pushes down but errors can push either way, two-sided against the team's own year and for a
 * lasting change of level. Too little data gives "not enough data" for that test, never an alarm. Plain Java
 * over counts, so that the application ({@link IntegrityChecks}) and the national Spark jobs run the same tests.
 * The method is written down in docs/statistics.md.
 */
public final class IndicatorTests {

    static final int YEAR = 12;
    static final int SERIES = 24;

    private IndicatorTests() {
    }

    /** The first of the 24 months the tests read. */
    public static YearMonth firstMonth(YearMonth asOf) {
        return asOf.minusMonths(SERIES - 1);
    }

    /**
     * Every indicator's tests for the 24 months to {@code asOf}, from its counts by team and month for those
     * months (rows outside them are ignored).
     */
    public static IntegrityReport run(YearMonth asOf, Function<Indicator, List<UnitMonth>> counts) {
        return run(asOf, UnitLevel.TEAM, counts);
    }

    /** The same, for units of {@code level} (teams or officers), named so in the explanations, each against all the others. */
    public static IntegrityReport run(YearMonth asOf, UnitLevel level, Function<Indicator, List<UnitMonth>> counts) {
        return run(asOf, level, ComparisonGroups.NONE, counts);
    }

    /**
     * The same, each unit's funnel test against the other units of its comparison group ({@code groups}), or against
     * the rest of the force when it has no comparable unit; the explanation names the reference used.
     */
    public static IntegrityReport run(YearMonth asOf, UnitLevel level, ComparisonGroups groups,
            Function<Indicator, List<UnitMonth>> counts) {
        YearMonth first = firstMonth(asOf);
        List<Draft> drafts = new ArrayList<>();
        List<IndicatorView> views = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            Map<String, long[][]> byTeam = series(counts.apply(indicator), first);
            Map<String, String> references = indicator.isVolume() ? Map.of() : references(byTeam, level, groups);
            List<TeamLine> lines = new ArrayList<>();
            long events = 0;
            long trials = 0;
            for (Map.Entry<String, long[][]> team : byTeam.entrySet()) {
                TeamLine line = line(team.getKey(), team.getValue(), references.get(team.getKey()));
                lines.add(line);
                events += line.events();
                trials += line.trials();
            }
            List<Draft> tests = indicator.isVolume() ? volumeTests(indicator, byTeam, asOf)
                    : proportionTests(indicator, lines, byTeam, groups);
            drafts.addAll(tests);
            views.add(new IndicatorView(indicator, events, trials, lines, List.of()));
        }
        List<Draft> tested = drafts.stream().filter(draft -> draft.signal().enoughData()).toList();
        double[] q = FalseDiscovery.qValues(tested.stream().mapToDouble(draft -> draft.signal().pValue()).toArray());
        Map<Draft, Double> qByDraft = new java.util.IdentityHashMap<>();
        for (int i = 0; i < tested.size(); i++) {
            qByDraft.put(tested.get(i), q[i]);
        }
        List<IndicatorView> result = new ArrayList<>();
        for (IndicatorView view : views) {
            List<Finding> findings = drafts.stream().filter(draft -> draft.indicator() == view.indicator())
                    .map(draft -> finding(draft, level, qByDraft.getOrDefault(draft, 1.0))).toList();
            result.add(new IndicatorView(view.indicator(), view.events(), view.trials(), view.teams(), findings));
        }
        return new IntegrityReport(asOf, first, level, result, tested.size(), FalseDiscovery.DEFAULT_RATE);
    }

    private record Draft(Indicator indicator, String unit, Finding.Check check, Signal signal, String comparison) {
    }

    /** Per team: row 0 events, row 1 trials, one column a month from {@code first}. */
    private static Map<String, long[][]> series(List<UnitMonth> rows, YearMonth first) {
        Map<String, long[][]> byTeam = new TreeMap<>();
        for (UnitMonth row : rows) {
            int month = (int) first.until(row.month(), java.time.temporal.ChronoUnit.MONTHS);
            if (month < 0 || month >= SERIES) {
                continue;
            }
            long[][] team = byTeam.computeIfAbsent(row.unit(), unit -> new long[2][SERIES]);
            team[0][month] += row.events();
            team[1][month] += row.trials();
        }
        return byTeam;
    }

    /**
     * What each unit's funnel test compares it with: the other units of its group when any of them has cases in the
     * last twelve months, else the rest of the force (and why). Without groups, every other unit of the level.
     */
    private static Map<String, String> references(Map<String, long[][]> byTeam, UnitLevel level,
            ComparisonGroups groups) {
        Map<String, Integer> withCases = new java.util.HashMap<>();
        byTeam.forEach((unit, team) -> groups.of(unit).filter(group -> yearTrials(team) > 0)
                .ifPresent(group -> withCases.merge(group, 1, Integer::sum)));
        Map<String, String> references = new TreeMap<>();
        for (Map.Entry<String, long[][]> team : byTeam.entrySet()) {
            java.util.Optional<String> group = groups.of(team.getKey());
            int peers = group.map(g -> withCases.getOrDefault(g, 0) - (yearTrials(team.getValue()) > 0 ? 1 : 0)).orElse(0);
            references.put(team.getKey(), groups.isEmpty() ? "the other " + level.noun().toLowerCase(java.util.Locale.UK) + "s"
                    : group.isEmpty() ? REST_OF_FORCE + ": no comparison group"
                    : peers > 0 ? OTHER + group.get()
                    : REST_OF_FORCE + ": no comparable " + group.get());
        }
        return references;
    }

    static final String OTHER = "the other ";
    static final String REST_OF_FORCE = "the rest of the force";

    private static long yearTrials(long[][] team) {
        long trials = 0;
        for (int m = SERIES - YEAR; m < SERIES; m++) {
            trials += team[1][m];
        }
        return trials;
    }

    private static TeamLine line(String unit, long[][] team, String comparedWith) {
        long events = 0;
        long trials = 0;
        for (int m = SERIES - YEAR; m < SERIES; m++) {
            events += team[0][m];
            trials += team[1][m];
        }
        List<Long> monthly = new ArrayList<>();
        for (long value : team[0]) {
            monthly.add(value);
        }
        return new TeamLine(unit, events, trials, team[0][SERIES - 1], team[1][SERIES - 1], monthly, comparedWith);
    }

    private static List<Draft> proportionTests(Indicator indicator, List<TeamLine> lines, Map<String, long[][]> byTeam,
            ComparisonGroups groups) {
        // totals of the force and of each group, from which a unit's reference is its own taken away
        long[] force = new long[2];
        Map<String, long[]> byGroup = new java.util.HashMap<>();
        for (TeamLine line : lines) {
            force[0] += line.events();
            force[1] += line.trials();
            groups.of(line.unit()).ifPresent(group -> {
                long[] total = byGroup.computeIfAbsent(group, g -> new long[2]);
                total[0] += line.events();
                total[1] += line.trials();
            });
        }
        List<Draft> drafts = new ArrayList<>();
        for (TeamLine line : lines) {
            boolean withinGroup = !groups.isEmpty() && line.comparedWith().startsWith(OTHER);
            long[] pool = withinGroup ? byGroup.get(groups.of(line.unit()).orElseThrow()) : force;
            long otherEvents = pool[0] - line.events();
            long otherTrials = pool[1] - line.trials();
            double others = otherTrials == 0 ? 0 : (double) otherEvents / otherTrials;
            drafts.add(new Draft(indicator, line.unit(), Finding.Check.FUNNEL, others > 0 && others < 1
                    ? BinomialComparison.testAboveReference(line.events(), line.trials(), otherEvents, otherTrials)
                    : notEnough(line.events(), line.trials()), percent(line.proportion()) + " against "
                    + percent(others) + " for " + line.comparedWith()));
            long[][] team = byTeam.get(line.unit());
            long before = 0;
            long beforeTrials = 0;
            for (int m = SERIES - 1 - YEAR; m < SERIES - 1; m++) {
                before += team[0][m];
                beforeTrials += team[1][m];
            }
            double usual = beforeTrials == 0 ? 0 : (double) before / beforeTrials;
            double lastMonth = line.lastMonthTrials() == 0 ? Double.NaN : (double) line.lastMonthEvents() / line.lastMonthTrials();
            drafts.add(new Draft(indicator, line.unit(), Finding.Check.LONGITUDINAL, usual > 0 && usual < 1
                    ? BinomialComparison.testAboveReference(line.lastMonthEvents(), line.lastMonthTrials(), before, beforeTrials)
                    : notEnough(line.lastMonthEvents(), line.lastMonthTrials()), percent(lastMonth)
                    + " last month against " + percent(usual) + " in the twelve months before"));
        }
        return drafts;
    }

    /** A team's series starts at its first full month with records ({@link TeamLine#firstFullMonth()}). */
    private static List<Draft> volumeTests(Indicator indicator, Map<String, long[][]> byTeam, YearMonth asOf) {
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<String, long[][]> team : byTeam.entrySet()) {
            long[] all = team.getValue()[0];
            long[] monthly = java.util.Arrays.copyOfRange(all, TeamLine.firstFullMonth(all), SERIES);
            int referenceMonths = Math.min(YEAR, Math.max(0, monthly.length - 1));
            long before = 0;
            for (int m = monthly.length - 1 - referenceMonths; m < monthly.length - 1; m++) {
                before += monthly[m];
            }
            long last = all[SERIES - 1];
            drafts.add(new Draft(indicator, team.getKey(), Finding.Check.LONGITUDINAL,
                    referenceMonths < 3 ? Signal.notEnoughData(last, Double.NaN, "fewer than three full months before")
                            : fallsOnly(indicator, PoissonComparison.test(last, 1, before, referenceMonths)),
                    last + " last month against a monthly average of " + (referenceMonths == 0 ? "nothing"
                            : String.format(Locale.UK, "%.1f", before / (double) referenceMonths)) + " in the "
                            + referenceMonths + " full months before"));
            ChangePoint.Shift shift = ChangePoint.find(monthly, (team.getKey() + asOf).hashCode());
            String when = shift.index() < 0 ? "" : asOf.minusMonths(monthly.length - 1L - shift.index()).toString();
            drafts.add(new Draft(indicator, team.getKey(), Finding.Check.CHANGE_POINT, fallsOnly(indicator, shift.signal()),
                    shift.index() < 0 ? "too few full months or crimes to look for a change"
                            : String.format(Locale.UK, "from %s about %.1f a month against %.1f before", when,
                                    shift.rateAfter(), shift.rateBefore())));
        }
        return drafts;
    }

    /**
     * A volume whose gaming shows only as a fall (charges for serious crime) is tested one way: a rise is no alarm
     * (p = 1); a fall keeps its two-sided p-value, which is cautious. Recorded crime stays two-sided: a rise there
     * can be a data fault worth a look.
     */
    private static Signal fallsOnly(Indicator indicator, Signal signal) {
        if (indicator.twoSided() || !signal.enoughData() || signal.direction() != Signal.Direction.HIGH) {
            return signal;
        }
        return new Signal(signal.observed(), signal.expected(), 1, signal.direction(), true,
                "one-sided (falls only): " + signal.method());
    }

    private static Signal notEnough(long events, long trials) {
        return Signal.notEnoughData(events, Double.NaN, "no comparison: the reference has no cases or only cases ("
                + trials + " trials)");
    }

    private static Finding finding(Draft draft, UnitLevel level, double q) {
        boolean alert = draft.signal().enoughData() && q < FalseDiscovery.DEFAULT_RATE;
        String explanation = !draft.signal().enoughData() ? "Not enough data: " + draft.comparison() + "."
                : level.noun() + " " + draft.unit() + (alert ? " " + signature(draft) + ". " : ": ")
                        + capitalise(draft.comparison()) + " (" + draft.check().description() + "; p = "
                        + String.format(Locale.UK, "%.2g", draft.signal().pValue()) + ", q = "
                        + String.format(Locale.UK, "%.2g", q) + ").";
        return new Finding(draft.indicator(), draft.unit(), draft.check(), draft.signal(), q, alert, explanation);
    }

    private static String signature(Draft draft) {
        if (draft.indicator().isVolume()) {
            return draft.signal().direction() == Signal.Direction.HIGH ? draft.indicator().riseSignature()
                    : draft.indicator().signature();
        }
        return draft.indicator().signature();
    }

    private static String percent(double proportion) {
        return Double.isNaN(proportion) ? "no cases" : String.format(Locale.UK, "%.1f%%", 100 * proportion);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
