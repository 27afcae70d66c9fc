package org.crimeledger.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crimeledger.statistics.PhraseFeatures;
import org.crimeledger.statistics.TargetedRanking;
import org.junit.jupiter.api.Test;

/**
 * The targeted queue's method on real records, where no one knows which incidents hid a crime: the Madison
 * press narratives (is the narrative of an incident typed as no crime like those of crimes?), the Seattle calls
 * for service (initial call type against the final type and whether a report was written) and the Reno calls
 * (closed with or without a report). It prints what it finds (figures in docs/statistics.md) and checks the
 * files are read whole. Skips when {@code ../shared/data/real} is absent. See PROVENANCE.md there for the files.
 */
class RealCallsAndNarrativesTests {

    static final Path REAL = Path.of("../shared/data/real");
    static final long SEED = 2026L;

    /** Madison incident types that say no crime was recorded; every other type names an offence. */
    static final Set<String> MADISON_NO_CRIME = Set.of("Traffic Incident", "Information", "Disturbance", "Missing Adult",
            "Check Person", "Death Investigation", "Suspicious Person", "Missing Juvenile", "Domestic/Family Trouble",
            "Injured Person", "Overdose", "Suspicious Vehicle", "Special Event", "Animal Complaint - Disturbance",
            "Animal Complaint - Bite", "Unwanted Person", "Neighbor Trouble", "Attempt to Locate Person",
            "Traffic incident/Road Rage");

    /** Words of a US call type that name an offence; alarms are not reports of crime whatever they say. */
    static final Pattern CRIME_CALL = Pattern.compile(
            "ASLT|ASSAULT|THEFT|BURG|ROBB|FRAUD|THREAT|HARASS|TRESPASS|DAMAGE|DEST|NARCOTIC|WEAPON|GUN|SHOOT|SHOTS|RAPE"
                    + "|SEX|HOMICIDE|ARSON|PROWL|SHOPLIFT|DV\\b|DOMESTIC|KIDNAP|LEWD|VANDAL|STOLEN|DRIVE BY|FIGHT|STAB");

    static boolean crimeCall(String type) {
        String upper = type == null ? "" : type.toUpperCase(Locale.ROOT);
        return !upper.contains("ALARM") && CRIME_CALL.matcher(upper).find();
    }

    static final Set<String> REPORT_CLEARANCES = Set.of("REPORT WRITTEN (NO ARREST)", "PHYSICAL ARREST MADE",
            "OTHER REPORT MADE", "FOLLOW-UP REPORT MADE");

    static void requireRealData() {
        assumeTrue(Files.isDirectory(REAL.resolve("incident-narratives")) && Files.isDirectory(REAL.resolve("calls-for-service")),
                "../shared/data/real/incident-narratives and calls-for-service are absent: real-data queue test skipped");
    }

    static List<CSVRecord> csv(Path file, boolean header) throws IOException {
        Reader reader = file.toString().endsWith(".gz")
                ? new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)
                : Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVFormat format = header ? CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).get() : CSVFormat.DEFAULT;
        try (var parser = format.parse(reader)) {
            return parser.getRecords();
        }
    }

    static String plain(String narrative) {
        return narrative.replaceAll("<[^>]+>", " ").replaceAll("&[a-zA-Z#0-9]+;", " ");
    }

    /** Out-of-fold probabilities: each item is scored by a model trained on the other folds only. */
    static Map<Long, TargetedRanking.Ranked> outOfFold(List<TargetedRanking.Item> items, int folds) {
        List<TargetedRanking.Item> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(SEED));
        Map<Long, TargetedRanking.Ranked> scored = new HashMap<>();
        for (int fold = 0; fold < folds; fold++) {
            List<TargetedRanking.Item> train = new ArrayList<>();
            List<TargetedRanking.Item> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % folds == fold ? test : train).add(shuffled.get(i));
            }
            TargetedRanking.train(train).rank(test).forEach(r -> scored.put(r.id(), r));
        }
        return scored;
    }

    /** The area under the ROC curve: the chance a positive is ranked above a negative (ties count half). */
    static double auc(List<TargetedRanking.Item> items, Map<Long, TargetedRanking.Ranked> scored) {
        double above = 0;
        long pairs = 0;
        for (TargetedRanking.Item positive : items) {
            if (!positive.hidesUnrecordedCrime()) {
                continue;
            }
            double p = scored.get(positive.id()).probability();
            for (TargetedRanking.Item negative : items) {
                if (negative.hidesUnrecordedCrime()) {
                    continue;
                }
                double q = scored.get(negative.id()).probability();
                above += p > q ? 1 : p == q ? 0.5 : 0;
                pairs++;
            }
        }
        return above / pairs;
    }

    static <K> Map<K, Long> topCounts(Stream<K> keys, int limit) {
        Map<K, Long> counts = new HashMap<>();
        keys.forEach(k -> counts.merge(k, 1L, Long::sum));
        Map<K, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<K, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    @Test
    void madisonNarrativesOfIncidentsTypedAsNoCrimeThatReadLikeCrimes() throws IOException {
        requireRealData();
        List<CSVRecord> rows = csv(REAL.resolve("incident-narratives/madison/madison-police-incident-reports.csv.gz"), true);
        assertThat(rows).hasSize(2870);
        List<TargetedRanking.Item> items = new ArrayList<>();
        Map<Long, CSVRecord> byId = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            boolean crimeTyped = !MADISON_NO_CRIME.contains(row.get("IncidentType"));
            items.add(new TargetedRanking.Item(i, PhraseFeatures.terms(plain(row.get("Details")), List.of()), crimeTyped));
            byId.put((long) i, row);
        }
        Map<Long, TargetedRanking.Ranked> scored = outOfFold(items, 5);
        double auc = auc(items, scored);
        List<TargetedRanking.Ranked> noCrime = items.stream().filter(item -> !item.hidesUnrecordedCrime())
                .map(item -> scored.get(item.id()))
                .sorted((a, b) -> Double.compare(b.probability(), a.probability())).toList();
        List<TargetedRanking.Ranked> flagged = noCrime.stream().filter(r -> r.probability() >= 0.5).toList();
        System.out.printf(Locale.UK, "madison: %d narratives, %d typed as a crime, %d as no crime; 5-fold AUC of the phrase "
                        + "model (crime-typed against not, narrative only): %.3f; no-crime incidents reading like crimes "
                        + "(p >= 0.5): %d (%.1f%%), by type: %s%n",
                items.size(), items.size() - noCrime.size(), noCrime.size(), auc, flagged.size(),
                100.0 * flagged.size() / noCrime.size(),
                topCounts(flagged.stream().map(r -> byId.get(r.id()).get("IncidentType")), 8));
        noCrime.stream().limit(10).forEach(r -> System.out.printf(Locale.UK, "madison top: case %s, %s, p=%.2f, %s%n",
                byId.get(r.id()).get("CaseNumber"), byId.get(r.id()).get("IncidentType"), r.probability(), r.reasons()));

        assertThat(auc).as("the narrative tells crime from no crime far better than chance").isGreaterThan(0.75);
        assertThat(noCrime.get(0).reasons()).isNotEmpty();
    }

    @Test
    void seattleCallsWhoseInitialTypeWasACrimeAndEndedWithoutOne() throws IOException {
        requireRealData();
        Path seattle = REAL.resolve("calls-for-service/seattle");
        List<CSVRecord> responses = csv(seattle.resolve("seattle-911-incident-response-2016-03-01_to_03.csv"), true);
        assertThat(responses).hasSize(673);
        long differ = responses.stream().filter(r -> !r.get("Initial Type Group").equals(r.get("Event Clearance Group"))).count();
        List<CSVRecord> downgraded = responses.stream().filter(r -> crimeCall(r.get("Initial Type Description"))
                && !crimeCall(r.get("Event Clearance Description")) && !crimeCall(r.get("Event Clearance Group"))).toList();
        long upgraded = responses.stream().filter(r -> !crimeCall(r.get("Initial Type Description"))
                && (crimeCall(r.get("Event Clearance Description")) || crimeCall(r.get("Event Clearance Group")))).count();
        System.out.printf(Locale.UK, "seattle 911 responses: %d events, initial group differs from clearance group in %d (%.1f%%); "
                        + "initial type a crime, cleared as none: %d; initial type not a crime, cleared as one: %d; "
                        + "commonest of the first: %s%n", responses.size(), differ, 100.0 * differ / responses.size(),
                downgraded.size(), upgraded, topCounts(downgraded.stream()
                        .map(r -> r.get("Initial Type Group") + " -> " + r.get("Event Clearance Group")), 6));

        Map<String, CSVRecord> calls = new TreeMap<>();
        try (Stream<Path> files = Files.list(seattle)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("seattle-call-data")).sorted().toList()) {
                for (CSVRecord row : csv(file, true)) {
                    calls.putIfAbsent(row.get(0), row);
                }
            }
        }
        List<TargetedRanking.Item> items = new ArrayList<>();
        Map<Long, CSVRecord> byId = new HashMap<>();
        long id = 0;
        for (CSVRecord row : calls.values()) {
            String initial = row.get(4);
            List<String> facts = List.of("priority:" + row.get(3), "call:" + row.get(2).toLowerCase(Locale.ROOT));
            items.add(new TargetedRanking.Item(id, PhraseFeatures.terms(initial, facts), REPORT_CLEARANCES.contains(row.get(1))));
            byId.put(id++, row);
        }
        Map<Long, TargetedRanking.Ranked> scored = outOfFold(items, 5);
        List<TargetedRanking.Item> crimeWithoutReport = items.stream()
                .filter(item -> crimeCall(byId.get(item.id()).get(4)) && !item.hidesUnrecordedCrime()).toList();
        long crimeCalls = items.stream().filter(item -> crimeCall(byId.get(item.id()).get(4))).count();
        long likeReported = crimeWithoutReport.stream().filter(item -> scored.get(item.id()).probability() >= 0.5).count();
        System.out.printf(Locale.UK, "seattle call data: %d distinct calls, %d with a report or arrest; initial type a crime: %d, "
                        + "of which closed with no report: %d (%.1f%%), by clearance: %s; of those, %d look like calls that "
                        + "get a report (5-fold p >= 0.5, AUC %.3f); commonest initial types: %s%n",
                items.size(), items.stream().filter(TargetedRanking.Item::hidesUnrecordedCrime).count(), crimeCalls,
                crimeWithoutReport.size(), 100.0 * crimeWithoutReport.size() / crimeCalls,
                topCounts(crimeWithoutReport.stream().map(item -> byId.get(item.id()).get(1)), 5), likeReported,
                auc(items, scored), topCounts(crimeWithoutReport.stream().map(item -> byId.get(item.id()).get(4)), 5));

        assertThat(differ).as("initial and final types differ in most rows (PROVENANCE.md)").isGreaterThan(responses.size() / 2);
        assertThat(calls).hasSizeGreaterThan(3_000);
        assertThat(crimeWithoutReport).isNotEmpty();
    }

    @Test
    void renoCallsClosedWithoutAReport() throws IOException {
        requireRealData();
        Path reno = REAL.resolve("calls-for-service/reno-2011");
        Map<String, CSVRecord> cad = new TreeMap<>();
        Map<String, CSVRecord> rms = new TreeMap<>();
        try (Stream<Path> files = Files.list(reno)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                Map<String, CSVRecord> into = file.getFileName().toString().startsWith("CAD") ? cad : rms;
                csv(file, false).forEach(row -> into.put(row.get(0), row));  // later snapshots replace earlier ones
            }
        }
        List<CSVRecord> noReport = cad.values().stream().filter(r -> r.get(8).isBlank()).toList();
        long linked = cad.values().stream().filter(r -> !r.get(8).isBlank() && rms.containsKey(r.get(0))).count();
        System.out.printf(Locale.UK, "reno: %d distinct calls, %d with a report number, %d closed without one, by CFS code: %s; "
                        + "%d crime reports, %d calls with a report found among them%n", cad.size(), cad.size() - noReport.size(),
                noReport.size(), topCounts(noReport.stream().map(r -> r.get(1)), 8), rms.size(), linked);

        assertThat(cad).as("PROVENANCE.md: 95 distinct calls").hasSize(95);
        assertThat(cad.size() - noReport.size()).as("51 with a report number").isEqualTo(51);
        assertThat(rms).hasSize(411);
        assertThat(linked).isEqualTo(3);
    }
}
