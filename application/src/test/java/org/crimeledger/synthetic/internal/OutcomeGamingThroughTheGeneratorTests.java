package org.crimeledger.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crimeledger.integrity.Finding;
import org.crimeledger.integrity.Indicator;
import org.crimeledger.integrity.IndicatorTests;
import org.crimeledger.integrity.IntegrityReport;
import org.crimeledger.integrity.UnitLevel;
import org.crimeledger.integrity.UnitMonth;
import org.crimeledger.synthetic.OutcomeGaming;
import org.crimeledger.synthetic.SyntheticForce;
import org.junit.jupiter.api.Test;

/**
 * The outcome detectors validated through the generator: two years of Demoshire generated (without a database) with
 * its outcomes, once clean and once with three teams gaming, each indicator counted by team and month from the
 * generated rows exactly as the outcome facts SQL counts them, and tested by the application's own
 * {@link IndicatorTests#run} with Demoshire's comparison groups (all tests of all outcome indicators adjusted together). Gaming: response team A's easy
 * outcomes drifting up (penalty notices from none to 30% of its outcomes over the last year, taken from every other
 * outcome, and twice that share of its other charges for serious crime becoming evidential difficulties), response team B stitching (10% of its outcomes as offences taken into consideration
 * eight to a case), CID disposing of half its indictable-only offences out of court, the public protection unit closing
 * two in five of its domestic-abuse outcomes as "victim does not support" (14 or 16) instead of its own outcome, about
 * 55% of them against the force's 25%. Each must be found in at least
 * 90% of seeds and the clean force raise an alert in at most 5%. Charges for serious crime falling with A's drift are
 * printed but not required: the generated force charges about five serious crimes a team and month, and the change
 * point needs several times that (60 a month in {@code OutcomeGamingValidationTests}). The rates are printed and kept in docs/statistics.md. The build runs {@value #BUILD_SEEDS} seeds;
 * {@code -Dintegrity.generator.seeds=100} for the figures.
 */
class OutcomeGamingThroughTheGeneratorTests {

    static final int BUILD_SEEDS = 2;

    /** Demoshire's comparison groups as migration V32 sets them, so each team is compared as the application does. */
    static final org.crimeledger.integrity.ComparisonGroups DEMOSHIRE_GROUPS = new org.crimeledger.integrity.ComparisonGroups(
            Map.of("RESPONSE-A", "response teams", "RESPONSE-B", "response teams", "CID", "investigation teams",
                    "PPU", "public protection units", "CONTACT", "contact centres"));
    private static final int SEEDS = Integer.getInteger("integrity.generator.seeds", BUILD_SEEDS);
    private static final SyntheticForce CLEAN = SyntheticForce.demoshire().withIncidents(40_000)
            .withPeriod(LocalDate.of(2023, 1, 1), 731);
    private static final YearMonth AS_OF = YearMonth.of(2024, 12);
    private static final Set<String> SERIOUS = Set.of(Offence.VIOLENCE, Offence.SEXUAL, "ROBBERY");

    /** What is gamed, by whom, and the indicator that must find it. */
    enum Gaming {
        EASY_DRIFT("RESPONSE-A", Indicator.EASY_OUTCOMES, "penalty notices drifting from none to 30% of outcomes over the last year"),
        /** Printed, not required: about five charges for serious crime a team and month are too few (see the class). */
        CHARGES_FALL("RESPONSE-A", Indicator.SERIOUS_CHARGES, "charges for serious crime falling with that drift (not required)"),
        STITCHING("RESPONSE-B", Indicator.STITCHED_TICS, "10% of outcomes as offences taken into consideration, eight to a case"),
        OUT_OF_COURT("CID", Indicator.OUT_OF_COURT_SERIOUS, "half of indictable-only outcomes disposed of out of court"),
        VICTIM_DOES_NOT_SUPPORT("PPU", Indicator.VICTIM_DOES_NOT_SUPPORT,
                "two in five domestic-abuse outcomes turned to \"victim does not support\" (about 55% against 25%)");

        final String team;
        final Indicator indicator;
        final String description;

        Gaming(String team, Indicator indicator, String description) {
            this.team = team;
            this.indicator = indicator;
            this.description = description;
        }
    }

    static SyntheticForce gamed(SyntheticForce force) {
        return force.withTeamOutcomeGaming("RESPONSE-A", new OutcomeGaming(0, 0, 0.3, 0))
                .withTeamOutcomeGaming("RESPONSE-B", new OutcomeGaming(0.1, 0, 0, 0))
                .withTeamOutcomeGaming("CID", new OutcomeGaming(0, 0.5, 0, 0))
                .withTeamOutcomeGaming("PPU", new OutcomeGaming(0, 0, 0, 0.4));
    }

    @Test
    void eachOutcomeGamingIsFoundAndTheCleanForceStaysQuiet() throws Exception {
        Map<Gaming, Integer> found = new EnumMap<>(Gaming.class);
        int cleanAlarms = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            IntegrityReport gamed = report(gamed(CLEAN.withSeed(seed)));
            for (Gaming gaming : Gaming.values()) {
                if (gamed.indicator(gaming.indicator).alerts().stream().anyMatch(alert -> alert.unit().equals(gaming.team))) {
                    found.merge(gaming, 1, Integer::sum);
                }
            }
            List<Finding> alarms = report(CLEAN.withSeed(seed)).alerts();
            if (!alarms.isEmpty()) {
                cleanAlarms++;
                System.out.println("Clean seed " + seed + ": " + alarms.get(0).explanation());
            }
        }
        System.out.printf("Outcome gaming through the generator (%d seeds, two years of %d incidents):%n", SEEDS,
                CLEAN.incidents());
        for (Gaming gaming : Gaming.values()) {
            System.out.printf("  %-30s %-11s %s: found in %.1f%%%n", gaming.indicator, gaming.team, gaming.description,
                    100.0 * found.getOrDefault(gaming, 0) / SEEDS);
        }
        System.out.printf("  clean force: any outcome alert in %.1f%%%n", 100.0 * cleanAlarms / SEEDS);
        for (Gaming gaming : EnumSet.complementOf(EnumSet.of(Gaming.CHARGES_FALL))) {
            assertThat(found.getOrDefault(gaming, 0)).as(gaming.description).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * SEEDS));
        }
        assertThat(cleanAlarms).as("clean alarms").isLessThanOrEqualTo((int) Math.floor(0.05 * SEEDS));
    }

    @Test
    void theCleanMixIsPlausible() throws Exception {
        List<Fact> facts = outcomes(CLEAN.withSeed(7));
        Map<String, Long> mix = facts.stream()
                .collect(Collectors.groupingBy(Fact::code, TreeMap::new, Collectors.counting()));
        long all = mix.values().stream().mapToLong(Long::longValue).sum();
        System.out.println("Clean outcome mix (seed 7): " + mix + " of " + all);
        assertThat(mix.get("18") / (double) all).as("no suspect identified").isBetween(0.3, 0.8);
        assertThat(mix.get("1") / (double) all).as("charged").isBetween(0.05, 0.3);
        assertThat(mix.keySet()).contains("3", "4", "6", "7", "8", "14", "15", "16");
        // Domestic abuse, nearly always with a suspect, is closed as "victim does not support" more than the rest.
        List<Fact> domesticAbuse = facts.stream().filter(Fact::domesticAbuse).toList();
        double declined = domesticAbuse.stream().filter(fact -> Set.of("14", "16").contains(fact.code())).count()
                / (double) domesticAbuse.size();
        double declinedOtherwise = facts.stream().filter(fact -> !fact.domesticAbuse())
                .filter(fact -> Set.of("14", "16").contains(fact.code())).count() / (double) (facts.size() - domesticAbuse.size());
        System.out.printf("Domestic abuse: %d outcomes, %.1f%% victim does not support (%.1f%% of other outcomes)%n",
                domesticAbuse.size(), 100 * declined, 100 * declinedOtherwise);
        assertThat((long) domesticAbuse.size()).isBetween(all / 50, all / 5);
        assertThat(declined).isBetween(0.15, 0.4).isGreaterThan(declinedOtherwise);
    }

    /** One outcome as the outcome facts SQL sees it. */
    record Fact(String team, YearMonth month, String code, String ticCase, String classification, boolean domesticAbuse) {
    }

    private static IntegrityReport report(SyntheticForce force) throws Exception {
        List<Fact> facts = outcomes(force);
        Map<String, Long> casesOfTic = facts.stream().filter(fact -> fact.code().equals("4"))
                .collect(Collectors.groupingBy(Fact::ticCase, Collectors.counting()));
        Map<Indicator, List<UnitMonth>> counts = new EnumMap<>(Indicator.class);
        counts.put(Indicator.STITCHED_TICS, count(facts, fact -> true,
                fact -> fact.code().equals("4") && casesOfTic.get(fact.ticCase()) >= 5));
        counts.put(Indicator.EASY_OUTCOMES, count(facts, fact -> true, fact -> Set.of("6", "7").contains(fact.code())));
        counts.put(Indicator.OUT_OF_COURT_SERIOUS, count(facts, fact -> Offences.of(fact.classification()).indictableOnly(),
                fact -> Set.of("2", "2A", "3", "3A", "6", "7", "8").contains(fact.code())));
        counts.put(Indicator.VICTIM_DOES_NOT_SUPPORT, count(facts, Fact::domesticAbuse,
                fact -> Set.of("14", "16").contains(fact.code())));
        counts.put(Indicator.SERIOUS_CHARGES, count(facts, fact -> Set.of("1", "1A").contains(fact.code())
                && SERIOUS.contains(Offences.of(fact.classification()).group()), fact -> true));
        return IndicatorTests.run(AS_OF, UnitLevel.TEAM, DEMOSHIRE_GROUPS, indicator -> counts.getOrDefault(indicator, List.of()));
    }

    /** Events among trials by team and month; for a volume, every trial is an event. */
    private static List<UnitMonth> count(List<Fact> facts, java.util.function.Predicate<Fact> trial,
            java.util.function.Predicate<Fact> event) {
        Map<List<Object>, long[]> byUnitMonth = new HashMap<>();
        for (Fact fact : facts) {
            if (trial.test(fact)) {
                long[] tally = byUnitMonth.computeIfAbsent(List.of(fact.team(), fact.month()), key -> new long[2]);
                tally[1]++;
                if (event.test(fact)) {
                    tally[0]++;
                }
            }
        }
        List<UnitMonth> rows = new ArrayList<>();
        byUnitMonth.forEach((key, tally) -> rows.add(new UnitMonth((String) key.get(0), (YearMonth) key.get(1), tally[0], tally[1])));
        return rows;
    }

    /** Generates the force and joins each outcome to its crime's class and its incident's team. */
    static List<Fact> outcomes(SyntheticForce force) throws Exception {
        Map<Long, String> teamOfIncident = new HashMap<>();
        Map<Long, String[]> crimes = new HashMap<>();
        List<CSVRecord> outcomeRows = new ArrayList<>();
        Map<Table, Long> firstIds = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            firstIds.put(table, 1L);
        }
        new Simulation(force, InMemoryForce.LONDON, InMemoryForce.CLOCK, new Ids(firstIds),
                new References("DS", InMemoryForce.LONDON, Map.of(), Map.of()), 1).run(5_000, chunk -> {
                    for (CSVRecord row : rows(chunk, Table.INCIDENT)) {
                        teamOfIncident.put(Long.parseLong(row.get(0)), row.get(10));
                    }
                    for (CSVRecord row : rows(chunk, Table.CRIME)) {
                        crimes.put(Long.parseLong(row.get(0)), new String[] {row.get(2), row.get(3), row.get(12)});
                    }
                    outcomeRows.addAll(rows(chunk, Table.CRIME_OUTCOME));
                });
        List<Fact> facts = new ArrayList<>(outcomeRows.size());
        for (CSVRecord row : outcomeRows) {
            String[] crime = crimes.get(Long.parseLong(row.get(1)));
            LocalDateTime applied = LocalDateTime.parse(row.get(9).substring(0, 19).replace(' ', 'T'));
            YearMonth month = YearMonth.from(applied.atOffset(ZoneOffset.UTC).atZoneSameInstant(InMemoryForce.LONDON));
            facts.add(new Fact(teamOfIncident.get(Long.parseLong(crime[0])), month, row.get(2), row.get(3), crime[1],
                    crime[2].matches(".*\\bDOMESTIC_ABUSE\\b.*")));
        }
        return facts;
    }

    private static List<CSVRecord> rows(Chunk chunk, Table table) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(new String(chunk.rows(table).bytes(), StandardCharsets.UTF_8)))
                    .getRecords();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
