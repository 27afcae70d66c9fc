package org.crimeledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crimeledger.statistics.GradeThresholds;
import org.crimeledger.statistics.IncidentBootstrap;
import org.crimeledger.statistics.RateEstimate;
import org.crimeledger.statistics.RatioEstimator;
import org.crimeledger.statistics.ReviewedIncident;
import org.crimeledger.statistics.UnrecordedCrimes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The recording rate, its interval, the unrecorded crimes and the grade from a judgements CSV with the columns
 * {@code incident_id, stratum, should_have_been_recorded, recorded} (stratum may be omitted).
 */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Estimate the crime-recording rate from a judgements CSV "
                + "(incident_id, [stratum,] should_have_been_recorded, recorded).")
class AuditEstimateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--judgements", required = true, paramLabel = "FILE", description = "The judgements CSV.")
    Path judgements;

    @Option(names = "--population", split = ",", required = true, paramLabel = "[STRATUM=]INCIDENTS",
            description = "Incidents in the population, or in each stratum as stratum=count,stratum=count.")
    List<String> population;

    @Option(names = "--recorded-crime", paramLabel = "R",
            description = "Recorded crime excluding fraud for the 12 months to the end of the audit period.")
    Long recordedCrime;

    @Option(names = "--bootstrap", defaultValue = "0", paramLabel = "RESAMPLES",
            description = "Also compute a bootstrap interval over incidents with this many resamples.")
    int resamples;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Map<String, Long> sizes = populationSizes();
            List<ReviewedIncident> sample = read(sizes.size() == 1 ? sizes.keySet().iterator().next() : null);
            RateEstimate rate = RatioEstimator.estimate(sample, sizes);
            out.printf(Locale.UK, "Reviewed incidents: %d; crimes that should have been recorded: %d; recorded: %d%n",
                    rate.incidents(), rate.audited(), rate.recorded());
            out.println("Crime-recording rate: " + rate.asPercentages());
            out.printf(Locale.UK, "  plus or minus %.2f points; design effect %.2f; %s%n", rate.halfWidth() * 100,
                    rate.designEffect(), rate.method());
            if (sizes.size() > 1) {
                for (String stratum : sizes.keySet()) {
                    List<ReviewedIncident> in = sample.stream().filter(i -> i.stratum().equals(stratum)).toList();
                    if (!in.isEmpty() && in.stream().anyMatch(i -> i.shouldHaveBeenRecorded() > 0)) {
                        out.println("  " + stratum + ": " + RatioEstimator.estimate(in, Map.of(stratum, sizes.get(stratum)))
                                .asPercentages());
                    }
                }
            }
            if (resamples > 0) {
                long started = System.nanoTime();
                RateEstimate bootstrap = IncidentBootstrap.estimate(sample, sizes, resamples, seed);
                out.printf(Locale.UK, "Bootstrap: %s (%d resamples over incidents in %.2f s)%n", bootstrap.asPercentages(),
                        resamples, (System.nanoTime() - started) / 1e9);
            }
            if (recordedCrime != null) {
                UnrecordedCrimes unrecorded = UnrecordedCrimes.from(rate, recordedCrime);
                out.printf(Locale.UK, "Unrecorded crimes a year: %,.0f (95%% CI %,.0f to %,.0f), published as over %,d%n",
                        unrecorded.estimate(), unrecorded.lower(), unrecorded.upper(), unrecorded.publishedAsOver());
            }
            out.println("Grade indicated by the default thresholds: "
                    + GradeThresholds.DEFAULTS.grade(rate.rate()).label());
            out.flush();
            return 0;
        } catch (IllegalArgumentException refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return 2;
        }
    }

    private Map<String, Long> populationSizes() {
        Map<String, Long> sizes = new java.util.LinkedHashMap<>();
        for (String entry : population) {
            String[] parts = entry.split("=", 2);
            String stratum = parts.length == 2 ? parts[0].strip() : "all";
            String count = parts[parts.length - 1].strip();
            try {
                sizes.put(stratum, Long.parseLong(count));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--population: '" + count + "' is not a number of incidents");
            }
        }
        return sizes;
    }

    private List<ReviewedIncident> read(String onlyStratum) throws IOException {
        List<ReviewedIncident> sample = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(judgements)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(reader)) {
                String where = judgements.getFileName() + " line " + (row.getRecordNumber() + 1);
                String incident = field(row, "incident_id", where);
                if (!seen.add(incident)) {
                    throw new IllegalArgumentException(where + ": incident " + incident + " is judged twice");
                }
                String stratum = row.isMapped("stratum") && !row.get("stratum").isBlank() ? row.get("stratum")
                        : onlyStratum == null ? "all" : onlyStratum;
                try {
                    sample.add(new ReviewedIncident(stratum, number(row, "should_have_been_recorded", where),
                            number(row, "recorded", where)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + " (incident " + incident + "): " + e.getMessage());
                }
            }
        }
        return sample;
    }

    private static String field(CSVRecord row, String name, String where) {
        if (!row.isMapped(name)) {
            throw new IllegalArgumentException("The judgements file has no '" + name + "' column");
        }
        String value = row.get(name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(where + ": " + name + " is empty");
        }
        return value;
    }

    private static int number(CSVRecord row, String name, String where) {
        String value = field(row, name, where);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": " + name + " '" + value + "' is not a whole number");
        }
    }
}
