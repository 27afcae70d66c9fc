package org.crimeledger.synthetic;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one generation loaded: rows per table (in load order), how long generating and loading took, and
 * how long the ledger took to adopt the rows afterwards, which is measured apart because it is the
 * ledger's work, not the load's.
 */
public record GenerationReport(long runId, Map<String, Long> rows, Duration loading, Duration ledgering) {

    public GenerationReport {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows generated and loaded a second, over all tables, ledger apart. */
    public double rowsPerSecond() {
        return totalRows() / Math.max(0.001, loading.toNanos() / 1e9);
    }

    public String summary() {
        StringBuilder text = new StringBuilder();
        rows.forEach((table, count) -> text.append(String.format("  %-24s %,12d%n", table, count)));
        text.append(String.format("  %-24s %,12d rows in %.1f s: %,.0f rows/s (ledger adoption %.1f s more)",
                "all tables", totalRows(), loading.toMillis() / 1000.0, rowsPerSecond(), ledgering.toMillis() / 1000.0));
        return text.toString();
    }
}
