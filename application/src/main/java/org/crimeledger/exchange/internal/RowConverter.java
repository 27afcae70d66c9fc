package org.crimeledger.exchange.internal;

import java.util.List;

import org.crimeledger.exchange.PoliceUkFileKind;

/**
 * Checks one row of a data.police.uk file and turns it into a COPY line, or records why it cannot be loaded.
 * Public (with {@link #of} and {@link #convert}) for the national Spark jobs, which compile these row rules from
 * this source to read the files as published with the import's own checks (docs/adr/0023).
 */
public abstract sealed class RowConverter permits StreetRows, OutcomeRows, StopAndSearchRows {

    protected final CopyText copy = new CopyText();
    private List<String> header = List.of();

    public static RowConverter of(PoliceUkFileKind kind, CategoryLabels labels) {
        RowConverter converter = switch (kind) {
            case STREET -> new StreetRows(labels);
            case OUTCOMES -> new OutcomeRows(labels);
            case STOP_AND_SEARCH -> new StopAndSearchRows();
        };
        converter.header = kind.header();
        return converter;
    }

    /** The columns the COPY lines fill, in order ({@code import_id} comes from the partition's default). */
    abstract String copyColumns();

    /** The COPY line of a row, or null when the row is rejected (the findings say why). */
    public final CopyText convert(String[] row, long line, int columns, Findings findings) {
        findings.startRow();
        if (row.length != columns) {
            findings.reject(line, null, null, "expected " + columns + " columns, found " + row.length);
            return null;
        }
        for (int i = 0; i < columns; i++) {
            String value = row[i];
            if (value.indexOf('\uFFFD') >= 0) {
                findings.reject(line, header.get(i), value, "bytes that are not UTF-8 (shown as \uFFFD)");
            } else if (value.indexOf('\0') >= 0) {
                findings.reject(line, header.get(i), value.replace('\0', ' '), "a NUL character, which is not text");
            }
        }
        if (findings.rowRejected()) {
            return null;
        }
        copy.clear().number(line);
        fill(row, line, findings);
        return findings.rowRejected() ? null : copy.end();
    }

    abstract void fill(String[] row, long line, Findings findings);
}
