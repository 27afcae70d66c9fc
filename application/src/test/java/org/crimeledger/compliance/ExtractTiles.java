package org.crimeledger.compliance;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * For the rules benchmark: an extract made {@code tiles} times larger by writing the generated one again and again
 * with every reference, victim and person made distinct per copy ({@code T3-} before each key), so no copy refers to
 * another and no person appears in two copies. Each copy is the generated force's year as it was, so the mix of
 * records and findings per incident stays that of the generator; only the number of incidents grows.
 */
final class ExtractTiles {

    /** The columns holding keys, per file; everything else is written as it is. */
    private static final Map<String, Set<String>> KEYS = Map.of(
            "incidents.csv", Set.of("incident_ref"),
            "decisions.csv", Set.of("incident_ref"),
            "victims.csv", Set.of("victim_id", "incident_ref", "person_key"),
            "crimes.csv", Set.of("crime_ref", "incident_ref", "victim_ids", "offender_group"),
            "outcomes.csv", Set.of("outcome_ref", "crime_ref"),
            "cancellations.csv", Set.of("cancellation_ref", "crime_ref", "duplicate_of"),
            "reclassifications.csv", Set.of("reclassification_ref", "crime_ref"));

    private ExtractTiles() {
    }

    static void write(Path from, Path to, int tiles) throws IOException {
        Files.createDirectories(to);
        if (Files.exists(from.resolve("offence-classes.csv"))) {
            Files.copy(from.resolve("offence-classes.csv"), to.resolve("offence-classes.csv"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        for (Map.Entry<String, Set<String>> file : KEYS.entrySet()) {
            Path source = from.resolve(file.getKey());
            if (!Files.exists(source)) {
                continue;
            }
            List<String> header;
            try (BufferedReader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
                header = Arrays.asList(CSVFormat.RFC4180.parse(reader).iterator().next().values());
            }
            boolean[] key = new boolean[header.size()];
            for (int i = 0; i < key.length; i++) {
                key[i] = file.getValue().contains(header.get(i));
            }
            try (BufferedWriter writer = Files.newBufferedWriter(to.resolve(file.getKey()), StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                            .setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').get())) {
                for (int tile = 0; tile < tiles; tile++) {
                    String prefix = "T" + tile + "-";
                    try (BufferedReader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8);
                            CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                                    .parse(reader)) {
                        List<String> values = new ArrayList<>(key.length);
                        for (CSVRecord record : parser) {
                            values.clear();
                            for (int i = 0; i < record.size(); i++) {
                                String value = record.get(i);
                                values.add(!key[i] || value.isEmpty() ? value
                                        : String.join(";", Arrays.stream(value.split(";")).map(v -> prefix + v).toList()));
                            }
                            printer.printRecord(values);
                        }
                    }
                }
            }
        }
    }
}
