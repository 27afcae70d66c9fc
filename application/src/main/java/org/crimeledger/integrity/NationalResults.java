package org.crimeledger.integrity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The output of the latest national run (the Spark jobs of docs/scale-out.md), read from the folder it was written
 * to ({@code crimeledger.national.results-dir}): when it ran, every force's integrity alerts and tests run, and the
 * data-quality findings counted by check and force. Read as it is on each call; nothing is copied into the database.
 */
@Service
public class NationalResults {

    /** One force's line: tests with enough data, alerts, and the alerts' explanations. */
    public record ForceResult(String force, String asOf, long tests, List<Alert> alerts) {
    }

    /** An alert of a national run, as the run explained it. */
    public record Alert(String indicator, String unit, String check, double qValue, String explanation) {
    }

    /** What a national run wrote; {@code quality} counts findings by check, then force. */
    public record Run(String finished, String inputs, List<ForceResult> forces, Map<String, Map<String, Long>> quality) {
    }

    private final Path folder;

    NationalResults(@Value("${crimeledger.national.results-dir:data/national}") Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The latest run, or empty when the folder holds none. */
    public Optional<Run> latest() {
        Path summary = folder.resolve("run.properties");
        if (!Files.isRegularFile(summary)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(summary)) {
            Properties run = new Properties();
            run.load(in);
            return Optional.of(new Run(run.getProperty("finished", ""), run.getProperty("inputs", "").strip(), forces(),
                    quality()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ForceResult> forces() throws IOException {
        Map<String, ForceResult> byForce = new TreeMap<>();
        for (CSVRecord row : rows(IntegrityFindingsCsv.FINDINGS)) {
            ForceResult force = byForce.computeIfAbsent(row.get("force"),
                    name -> new ForceResult(name, row.get("as_of"), 0, new ArrayList<>()));
            boolean tested = Boolean.parseBoolean(row.get("enough_data"));
            if (Boolean.parseBoolean(row.get("alert"))) {
                force.alerts().add(new Alert(Indicator.valueOf(row.get("indicator")).title(), row.get("unit"),
                        Finding.Check.valueOf(row.get("check")).description(), Double.parseDouble(row.get("q_value")),
                        row.get("explanation")));
            }
            byForce.put(force.force(), new ForceResult(force.force(), force.asOf(), force.tests() + (tested ? 1 : 0),
                    force.alerts()));
        }
        return List.copyOf(byForce.values());
    }

    private Map<String, Map<String, Long>> quality() throws IOException {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (CSVRecord row : rows("quality-findings.csv")) {
            counts.computeIfAbsent(row.get("check"), check -> new TreeMap<>()).merge(row.get("force"), 1L, Long::sum);
        }
        return counts;
    }

    private List<CSVRecord> rows(String file) throws IOException {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        try (Reader in = Files.newBufferedReader(path)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
