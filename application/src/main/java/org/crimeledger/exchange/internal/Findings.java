package org.crimeledger.exchange.internal;

import java.util.ArrayList;
import java.util.List;

import org.crimeledger.exchange.ImportFinding;
import org.crimeledger.exchange.ImportFinding.Severity;

/**
 * The findings of one file, kept up to a limit so a file of a million bad rows cannot exhaust memory; all are counted.
 */
public final class Findings {

    private final String file;
    private final int kept;
    private final List<ImportFinding> findings = new ArrayList<>();
    private long count;
    private long rejectedRows;
    private boolean rowRejected;

    public Findings(String file, int kept) {
        this.file = file;
        this.kept = kept;
    }

    /** Starts a row: the row is rejected if any finding about it is. */
    void startRow() {
        rowRejected = false;
    }

    boolean rowRejected() {
        return rowRejected;
    }

    void reject(long line, String column, String value, String reason) {
        if (!rowRejected) {
            rejectedRows++;
        }
        rowRejected = true;
        add(new ImportFinding(file, line, column, value, reason, Severity.REJECTED));
    }

    void warn(long line, String column, String value, String reason) {
        add(new ImportFinding(file, line, column, value, reason, Severity.WARNING));
    }

    public void rejectFile(String reason) {
        add(ImportFinding.ofFile(file, reason));
    }

    private void add(ImportFinding finding) {
        count++;
        if (findings.size() < kept) {
            findings.add(finding);
        }
    }

    public List<ImportFinding> kept() {
        return List.copyOf(findings);
    }

    public long count() {
        return count;
    }

    public long rejectedRows() {
        return rejectedRows;
    }
}
