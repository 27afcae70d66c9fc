package org.crimeledger.compliance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.crimeledger.compliance.internal.CsvTable;
import org.crimeledger.compliance.internal.ExtractAssembly;
import org.crimeledger.rules.RecordSet;
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
        Counting counting = new Counting(sink);
        long started = System.nanoTime();
        ExtractAssembly assembly = new ExtractAssembly(counting);
        for (InterchangeFile file : InterchangeFile.values()) {
            assembly.add(file, CsvTable.read(folder, file, counting));
        }
        List<ExtractAssembly.Incident> incidents = assembly.incidents();
        long read = System.nanoTime();
        RuleCatalogue.Run run = RuleCatalogue.start(settings, chosen);
        for (ExtractAssembly.Incident incident : incidents) {
            RecordSet records = incident.records();
            for (RuleFinding finding : run.check(records)) {
                counting.accept(incident.locate(finding));
            }
        }
        long checked = System.nanoTime();
        return new ExtractValidation(assembly.rowsRead(), assembly.rowsLeftOut(), incidents.size(), counting.byCode,
                counting.errors, counting.warnings, counting.information, Duration.ofNanos(read - started),
                Duration.ofNanos(checked - read));
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
