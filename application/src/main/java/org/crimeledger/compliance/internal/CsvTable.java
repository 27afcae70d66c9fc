package org.crimeledger.compliance.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.crimeledger.compliance.CsvReader;
import org.crimeledger.compliance.ExtractFinding;
import org.crimeledger.compliance.ExtractFormat;
import org.crimeledger.compliance.InterchangeFile;
import org.crimeledger.rules.RuleSeverity;

/**
 * Reads one interchange file: a file that is missing a required column, or that stops being valid CSV part-way,
 * yields findings and no rows at all ({@link #read}), or tells its streaming caller to discard what it was handed
 * ({@link #stream}), so no half file is ever checked or loaded.
 */
public final class CsvTable {

    private CsvTable() {
    }

    /** How reading a file ended. */
    public enum Ending {
        /** Every row was handed on. */
        READ,
        /** The file is not there: no rows. */
        MISSING,
        /** The header or the CSV is faulty: the rows handed on so far must not be used. */
        UNREADABLE
    }

    /** The rows of the file, or none; every fault found goes to {@code findings}. */
    public static List<CsvRow> read(Path folder, InterchangeFile file, Consumer<ExtractFinding> findings) {
        return read(folder, file, findings, row -> row);
    }

    /**
     * Each row of the file as {@code convert} makes it, as the file is read (so the row's text need not all be held),
     * or none at all when the file turns out not to be readable.
     */
    public static <T> List<T> read(Path folder, InterchangeFile file, Consumer<ExtractFinding> findings,
            Function<CsvRow, T> convert) {
        List<T> rows = new ArrayList<>();
        return stream(folder, file, findings, row -> rows.add(convert.apply(row))) == Ending.READ ? rows : List.of();
    }

    /**
     * Hands each row of the file to {@code rows} as it is read, holding none of them. When the result is
     * {@link Ending#UNREADABLE}, the rows handed on so far are of a file that is not valid as a whole: the caller
     * discards them (the finding says so).
     */
    public static Ending stream(Path folder, InterchangeFile file, Consumer<ExtractFinding> findings,
            Consumer<CsvRow> rows) {
        Path path = folder.resolve(file.fileName());
        if (!Files.isRegularFile(path)) {
            if (!file.optionalFile()) {
                findings.accept(finding(file, 0, "", ExtractFormat.MISSING_FILE, "No " + file.fileName() + " in the folder."));
            }
            return Ending.MISSING;
        }
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            CsvReader csv = new CsvReader(reader);
            long count = 0;
            try {
                String[] names = csv.next();
                if (names == null) {
                    findings.accept(finding(file, 1, "", ExtractFormat.MISSING_COLUMN, "The file is empty: no header row."));
                    return Ending.UNREADABLE;
                }
                Map<String, Integer> header = header(file, names, findings);
                if (header == null) {
                    return Ending.UNREADABLE;
                }
                CsvRow.Columns columns = new CsvRow.Columns(file, header);
                String[] values;
                while ((values = csv.next()) != null) {
                    if (!(values.length == 1 && values[0].isEmpty())) {
                        rows.accept(new CsvRow(columns, values, csv.recordLine()));
                        count++;
                    }
                }
            } catch (CsvReader.MalformedCsvException | java.nio.charset.CharacterCodingException e) {
                long line = csv.recordLine();
                findings.accept(finding(file, line, "", ExtractFormat.UNREADABLE_FILE, "Not valid CSV at or after line "
                        + line + " (" + rootMessage(e) + "); none of the file's " + count + " rows read so far is used."));
                return Ending.UNREADABLE;
            }
            return Ending.READ;
        } catch (IOException | UncheckedIOException e) {
            findings.accept(finding(file, 0, "", ExtractFormat.UNREADABLE_FILE, "Cannot read the file: " + rootMessage(e)));
            return Ending.UNREADABLE;
        }
    }

    private static Map<String, Integer> header(InterchangeFile file, String[] names, Consumer<ExtractFinding> findings) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip().toLowerCase().replace("\uFEFF", "");
            header.putIfAbsent(name, i);
            if (file.columns().stream().noneMatch(column -> column.name().equals(name))) {
                findings.accept(new ExtractFinding(file.fileName(), 1, name, "", ExtractFormat.UNKNOWN_COLUMN.code(),
                        RuleSeverity.WARNING, "Column " + name + " is not part of the format and is ignored."));
            }
        }
        List<String> missing = file.columns().stream().filter(InterchangeFile.Column::required)
                .map(InterchangeFile.Column::name).filter(name -> !header.containsKey(name)).toList();
        missing.forEach(name -> findings.accept(finding(file, 1, name, ExtractFormat.MISSING_COLUMN,
                "Required column " + name + " is missing; none of the file's records is used.")));
        return missing.isEmpty() ? header : null;
    }

    static ExtractFinding finding(InterchangeFile file, long line, String column, ExtractFormat format, String message) {
        return new ExtractFinding(file.fileName(), line, column, "", format.code(), RuleSeverity.ERROR, message);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
