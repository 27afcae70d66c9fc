package org.crimeledger.compliance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.crimeledger.compliance.internal.CsvTable;
import org.crimeledger.compliance.internal.ExtractAssembly;
import org.crimeledger.rules.RuleCatalogue;
import org.crimeledger.rules.RuleFinding;
import org.crimeledger.rules.RuleSettings;

/**
 * Checks another records system's extract, a folder of interchange CSV files ({@code docs/interchange.md}), against
 * the catalogue: every file is read whole, every format fault and every rule finding is reported with file, line and
 * record, and nothing stops at the first one. Needs no database.
 */
public final class ExtractValidator {

    private final RuleSettings settings;
    private final java.util.function.Predicate<String> chosen;

    public ExtractValidator(RuleSettings settings) {
        this(settings, code -> true);
    }

    /** A validator running only the chosen rules (format checks always run). */
    public ExtractValidator(RuleSettings settings, java.util.function.Predicate<String> chosen) {
        this.settings = settings;
        this.chosen = chosen;
    }

    public ExtractValidation validate(Path folder, Consumer<ExtractFinding> sink) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "extract-validation");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return validate(folder, sink, pool, threads);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Reads the files side by side (each whole, into its records), joins them in file order as each is ready, then
     * checks the incidents in slices on every core; the rules across incidents run in one pass beside them. Findings
     * come out in the same order whatever the number of cores.
     */
    private ExtractValidation validate(Path folder, Consumer<ExtractFinding> sink, ExecutorService pool, int threads) {
        Counting counting = new Counting(sink);
        long started = System.nanoTime();
        Map<InterchangeFile, Future<ReadFile>> reading = new EnumMap<>(InterchangeFile.class);
        for (InterchangeFile file : InterchangeFile.values()) {
            reading.put(file, pool.submit(() -> {
                List<ExtractFinding> faults = new ArrayList<>();
                List<ExtractAssembly.Parsed> rows = CsvTable.read(folder, file, faults::add,
                        row -> ExtractAssembly.parse(file, row));
                return new ReadFile(faults, rows);
            }));
        }
        ExtractAssembly assembly = new ExtractAssembly(counting);
        for (InterchangeFile file : InterchangeFile.values()) {
            ReadFile read = done(reading.get(file));
            reading.remove(file);
            read.faults().forEach(counting);
            assembly.add(file, read.rows());
        }
        List<ExtractAssembly.Incident> incidents = assembly.incidents();
        long read = System.nanoTime();
        RuleCatalogue.Run run = RuleCatalogue.start(settings, chosen);
        int slice = Math.max(1_000, incidents.size() / (threads * 8) + 1);
        List<Future<List<ExtractFinding>>> slices = new ArrayList<>();
        for (int from = 0; from < incidents.size(); from += slice) {
            List<ExtractAssembly.Incident> part = incidents.subList(from, Math.min(incidents.size(), from + slice));
            slices.add(pool.submit(() -> {
                List<ExtractFinding> found = new ArrayList<>();
                for (ExtractAssembly.Incident incident : part) {
                    for (RuleFinding finding : run.checkEach(incident.records())) {
                        found.add(incident.locate(finding));
                    }
                }
                return found;
            }));
        }
        List<ExtractFinding> across = new ArrayList<>();
        for (ExtractAssembly.Incident incident : incidents) {
            for (RuleFinding finding : run.scan(incident.records())) {
                across.add(incident.locate(finding));
            }
        }
        for (Future<List<ExtractFinding>> part : slices) {
            done(part).forEach(counting);
        }
        across.forEach(counting);
        long checked = System.nanoTime();
        return new ExtractValidation(assembly.rowsRead(), assembly.rowsLeftOut(), incidents.size(), counting.byCode,
                counting.errors, counting.warnings, counting.information, Duration.ofNanos(read - started),
                Duration.ofNanos(checked - read));
    }

    private record ReadFile(List<ExtractFinding> faults, List<ExtractAssembly.Parsed> rows) {
    }

    private static <T> T done(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Validation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static final class Counting implements Consumer<ExtractFinding> {
        private final Consumer<ExtractFinding> sink;
        private final Map<String, Long> byCode = new TreeMap<>();
        private long errors;
        private long warnings;
        private long information;

        Counting(Consumer<ExtractFinding> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(ExtractFinding finding) {
            byCode.merge(finding.code(), 1L, Long::sum);
            switch (finding.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> information++;
            }
            sink.accept(finding);
        }
    }
}
