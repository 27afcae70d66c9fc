package org.crimeledger.compliance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.crimeledger.compliance.internal.CsvRow;
import org.crimeledger.compliance.internal.CsvTable;
import org.crimeledger.rules.OffenceClass;
import org.crimeledger.rules.RuleSeverity;

/**
 * Reads an interchange extract ({@code docs/interchange.md}) row by row, with the same format checks as
 * {@link ExtractValidator}, for an import that streams: no row is held, only the references seen (to find repeated
 * keys and rows that refer to nothing). Files are read in the order of {@link InterchangeFile}, each by a call of
 * {@link #read}. A file that turns out not to be valid CSV part-way ends {@link Ending#UNREADABLE}: the caller
 * discards the rows it was handed, and this reader forgets their references, so later files' rows that refer to
 * them are left out.
 */
public final class InterchangeReader {

    /** How reading a file ended. */
    public enum Ending {
        /** Every row was read; the rows handed on are the file's usable rows. */
        READ,
        /** The file is not in the folder: it has no rows. */
        MISSING,
        /** The header or the CSV is faulty: none of the file's rows may be used. */
        UNREADABLE
    }

    /**
     * A row that passed every check, with one value per column of its file ({@link InterchangeFile#columns()}), in
     * order: {@code String} for text and codes, the canonical code for an offence class, {@code java.time.Instant}
     * for a timestamp, {@code java.time.LocalDate} for a date, {@code Boolean}, {@code Integer}, {@code List<String>}
     * for a list; null where the value is empty (an empty list is an empty list).
     */
    public record Row(InterchangeFile file, long line, List<Object> values) {

        public Object value(String column) {
            List<InterchangeFile.Column> columns = file.columns();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column)) {
                    return values.get(i);
                }
            }
            throw new IllegalArgumentException(file.fileName() + " has no column " + column);
        }
    }

    /** What reading one file did: rows read, and rows left out for a fault (each with its finding). */
    public record FileReading(InterchangeFile file, Ending ending, long rowsRead, long rowsLeftOut) {

        public long rowsUsed() {
            return ending == Ending.READ ? rowsRead - rowsLeftOut : 0;
        }
    }

    private final Consumer<ExtractFinding> findings;
    private final Set<String> incidents = new HashSet<>();
    private final Set<String> decided = new HashSet<>();
    private final Set<String> crimes = new HashSet<>();

    public InterchangeReader(Consumer<ExtractFinding> findings) {
        this.findings = findings;
    }

    /** Reads one file of the extract in {@code folder}, handing each usable row to {@code rows}. */
    public FileReading read(Path folder, InterchangeFile file, Consumer<Row> rows) {
        Set<String> keys = new HashSet<>();
        Set<String> used = new HashSet<>();
        Set<String> parents = switch (file) {
            case DECISIONS, VICTIMS, CRIMES -> incidents;
            case OUTCOMES, CANCELLATIONS, RECLASSIFICATIONS -> crimes;
            case INCIDENTS -> null;
        };
        long[] counts = new long[2];
        CsvTable.Ending ending = CsvTable.stream(folder, file, findings, row -> {
            counts[0]++;
            if (!use(file, row, keys, parents, used, rows)) {
                counts[1]++;
            }
        });
        Ending result = switch (ending) {
            case READ -> Ending.READ;
            case MISSING -> Ending.MISSING;
            case UNREADABLE -> Ending.UNREADABLE;
        };
        if (result == Ending.READ) {
            switch (file) {
                case INCIDENTS -> incidents.addAll(used);
                case DECISIONS -> decided.addAll(used);
                case CRIMES -> crimes.addAll(used);
                default -> { }
            }
        }
        return new FileReading(file, result, counts[0], result == Ending.READ ? counts[1] : counts[0]);
    }

    private boolean use(InterchangeFile file, CsvRow row, Set<String> keys, Set<String> parents, Set<String> used,
            Consumer<Row> rows) {
        String key = row.text(file.key());
        String parentColumn = parents == incidents ? "incident_ref" : "crime_ref";
        String parent = parents == null ? null : row.text(parentColumn);
        boolean keyedInFile = file != InterchangeFile.VICTIMS && file != InterchangeFile.DECISIONS;
        if (key != null && keyedInFile && !keys.add(key)) {
            return leaveOut(file, row, key, ExtractFormat.DUPLICATE_KEY, file.key(),
                    file.key() + " " + key + " appears earlier in the file.");
        }
        List<Object> values = values(file, row);
        String record = file == InterchangeFile.DECISIONS ? parent : key;
        if (!row.valid()) {
            row.faults().forEach(fault -> findings.accept(new ExtractFinding(file.fileName(), row.line(), fault.column(),
                    record == null ? "" : record, fault.format().code(), RuleSeverity.ERROR, fault.message())));
            return false;
        }
        if (parents != null && !parents.contains(parent)) {
            return leaveOut(file, row, record, ExtractFormat.UNKNOWN_REFERENCE, parentColumn, parentColumn + " " + parent
                    + " is not in " + (parents == incidents ? "incidents.csv" : "crimes.csv") + ".");
        }
        if (file == InterchangeFile.DECISIONS && (decided.contains(parent) || !keys.add(parent))) {
            return leaveOut(file, row, parent, ExtractFormat.DUPLICATE_KEY, "incident_ref",
                    "Incident " + parent + " already has a decision earlier in the file.");
        }
        if (file == InterchangeFile.VICTIMS && !keys.add(parent + "\u0000" + key)) {
            return leaveOut(file, row, key, ExtractFormat.DUPLICATE_KEY, "victim_id",
                    "Victim " + key + " appears earlier for incident " + parent + ".");
        }
        used.add(file == InterchangeFile.DECISIONS ? parent : key);
        rows.accept(new Row(file, row.line(), values));
        return true;
    }

    /** Each column's value, checked by its type; faults are collected on the row. */
    private static List<Object> values(InterchangeFile file, CsvRow row) {
        List<Object> values = new ArrayList<>(file.columns().size());
        for (InterchangeFile.Column column : file.columns()) {
            String name = column.name();
            boolean required = column.required();
            Object value = switch (column.type()) {
                case "timestamp" -> row.timestamp(name, required);
                case "date" -> row.date(name);
                case "boolean" -> row.text(name) == null && !required ? null : row.bool(name, required);
                case "integer" -> row.integer(name);
                case "code" -> row.code(name, required);
                case "offence class" -> code(row.offenceClass(name, required));
                case "list" -> row.list(name);
                default -> required ? row.required(name) : row.text(name);
            };
            values.add(value);
        }
        return values;
    }

    private static String code(OffenceClass classification) {
        return classification == null ? null : classification.code();
    }

    private boolean leaveOut(InterchangeFile file, CsvRow row, String record, ExtractFormat format, String column,
            String message) {
        findings.accept(new ExtractFinding(file.fileName(), row.line(), column, record == null ? "" : record,
                format.code(), RuleSeverity.ERROR, message));
        return false;
    }
}
