package org.crimeledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.crimeledger.statistics.SeededSample;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Draws the seeded sample from a file of incident identifiers, one a line. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Draw a reproducible simple random sample of incident identifiers (one number a line; "
                + "a header line is skipped). The same file, size and seed always give the same sample.")
class AuditSampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--population-file", required = true, paramLabel = "FILE",
            description = "Incident identifiers, one a line.")
    Path populationFile;

    @Option(names = "--size", required = true, description = "Incidents to draw.")
    int size;

    @Option(names = "--seed", required = true, description = "The seed; keep it with the audit.")
    long seed;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        long[] population;
        try (Stream<String> lines = Files.lines(populationFile)) {
            population = lines.map(String::strip).filter(line -> !line.isEmpty() && Character.isDigit(line.charAt(0)))
                    .mapToLong(Long::parseLong).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NumberFormatException e) {
            spec.commandLine().getErr().println("Not an incident number in " + populationFile + ": " + e.getMessage());
            return 2;
        }
        try {
            long read = System.nanoTime();
            long[] sample = SeededSample.draw(population, size, seed);
            spec.commandLine().getErr().printf(java.util.Locale.UK,
                    "Read %,d incident identifiers in %.2f s; drew %,d with seed %d in %.2f s%n", population.length,
                    (read - started) / 1e9, sample.length, seed, (System.nanoTime() - read) / 1e9);
            spec.commandLine().getErr().flush();
            var out = spec.commandLine().getOut();
            out.println("incident_id");
            for (long id : sample) {
                out.println(id);
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return 2;
        }
    }
}
