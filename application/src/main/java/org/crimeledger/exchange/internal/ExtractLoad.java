package org.crimeledger.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crimeledger.compliance.ExtractFinding;
import org.crimeledger.compliance.InterchangeFile;
import org.crimeledger.compliance.InterchangeReader;
import org.crimeledger.exchange.ExtractImport;
import org.crimeledger.exchange.ExtractImport.Status;
import org.crimeledger.exchange.ImportProgress;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Imports one interchange extract in one transaction. Each file streams through the format checks of
 * {@link InterchangeReader} into its table with PostgreSQL {@code COPY}, under a savepoint: a file that stops
 * being valid CSV part-way is rolled back to the savepoint, so no half file is kept. The extract is known by the
 * SHA-256 of its files' hashes, recorded in the same transaction, so the same files are never imported twice; a
 * process stopped at any moment (kill -9) leaves an open transaction that PostgreSQL rolls back, and running the
 * import again loads the extract from the beginning. Memory holds the references seen (to check that rows refer to
 * records of the extract) and the first findings, never the rows.
 */
public final class ExtractLoad {

    private static final int PROGRESS_EVERY = 4096;

    private final Connection connection;
    private final int findingsKept;

    public ExtractLoad(Connection connection, int findingsKept) {
        this.connection = connection;
        this.findingsKept = findingsKept;
    }

    public ExtractImport load(Path folder, String importedBy, ImportProgress progress) throws IOException, SQLException {
        Map<InterchangeFile, String> hashes = new LinkedHashMap<>();
        long totalBytes = 0;
        for (InterchangeFile file : InterchangeFile.values()) {
            Path path = folder.resolve(file.fileName());
            if (Files.isRegularFile(path)) {
                hashes.put(file, FileSource.fileSha256(path));
                totalBytes += Files.size(path);
            }
        }
        String extractSha256 = extractSha256(hashes);
        Long earlier = earlierImport(extractSha256);
        if (earlier != null) {
            return new ExtractImport(folder.toString(), Status.ALREADY_IMPORTED, earlier, List.of(), List.of(), 0);
        }
        connection.setAutoCommit(false);
        try {
            return loadInTransaction(folder, importedBy, progress, hashes, extractSha256, totalBytes);
        } catch (SQLException e) {
            connection.rollback();
            Long concurrent = "23505".equals(e.getSQLState()) ? earlierImport(extractSha256) : null;
            if (concurrent == null) {
                throw e;
            }
            return new ExtractImport(folder.toString(), Status.ALREADY_IMPORTED, concurrent, List.of(), List.of(), 0);
        } catch (IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private ExtractImport loadInTransaction(Path folder, String importedBy, ImportProgress progress,
            Map<InterchangeFile, String> hashes, String extractSha256, long totalBytes)
            throws IOException, SQLException {
        long id = insertImport(folder, extractSha256, importedBy);
        List<ExtractFinding> kept = new ArrayList<>();
        long[] findingCount = new long[1];
        InterchangeReader reader = new InterchangeReader(finding -> {
            findingCount[0]++;
            if (kept.size() < findingsKept) {
                kept.add(finding);
            }
        });
        List<InterchangeReader.FileReading> readings = new ArrayList<>();
        long[] rows = new long[1];
        long bytesDone = 0;
        for (InterchangeFile file : InterchangeFile.values()) {
            progress.fileStarted(folder.resolve(file.fileName()).toString());
            InterchangeReader.FileReading reading = copyFile(folder, file, id, reader, rows, bytesDone, totalBytes,
                    progress);
            readings.add(reading);
            if (hashes.containsKey(file)) {
                bytesDone += Files.size(folder.resolve(file.fileName()));
            }
            progress.advanced(rows[0], bytesDone, totalBytes);
            insertFile(id, reading, hashes.get(file));
        }
        insertFindings(id, kept);
        ExtractImport result = new ExtractImport(folder.toString(), Status.LOADED, id, readings, List.copyOf(kept),
                findingCount[0]);
        try (PreparedStatement update = connection.prepareStatement("update interchange_import set rows_read = ?, "
                + "rows_loaded = ?, rows_left_out = ?, findings = ? where id = ?")) {
            update.setLong(1, result.rowsRead());
            update.setLong(2, result.rowsLoaded());
            update.setLong(3, result.rowsLeftOut());
            update.setLong(4, findingCount[0]);
            update.setLong(5, id);
            update.executeUpdate();
        }
        connection.commit();
        return result;
    }

    private InterchangeReader.FileReading copyFile(Path folder, InterchangeFile file, long id, InterchangeReader reader,
            long[] rows, long bytesDone, long totalBytes, ImportProgress progress) throws IOException, SQLException {
        Savepoint before = connection.setSavepoint();
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), "copy "
                + table(file) + " (import_id, line, " + file.columns().stream().map(c -> '"' + c.name() + '"')
                        .collect(Collectors.joining(", ")) + ") from stdin", 1 << 16);
        CopyText line = new CopyText();
        InterchangeReader.FileReading reading;
        try {
            reading = reader.read(folder, file, row -> {
                line.clear().number(id).number(row.line());
                for (Object value : row.values()) {
                    value(line, value);
                }
                try {
                    line.end().writeTo(copy);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (++rows[0] % PROGRESS_EVERY == 0) {
                    progress.advanced(rows[0], bytesDone, totalBytes);
                }
            });
            if (reading.ending() == InterchangeReader.Ending.UNREADABLE) {
                copy.cancelCopy();
                connection.rollback(before);
                return reading;
            }
            copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
        connection.releaseSavepoint(before);
        return reading;
    }

    /** The value in COPY text: timestamps and dates in ISO 8601, lists as PostgreSQL arrays of text. */
    private static void value(CopyText line, Object value) {
        if (value == null) {
            line.plain(null);
        } else if (value instanceof String text) {
            line.text(text.replace('\0', '\uFFFD'));
        } else if (value instanceof List<?> items) {
            StringBuilder array = new StringBuilder("{");
            for (Object item : items) {
                if (array.length() > 1) {
                    array.append(',');
                }
                array.append('"').append(item.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            line.text(array.append('}').toString());
        } else {
            line.plain(value.toString());
        }
    }

    static String table(InterchangeFile file) {
        return switch (file) {
            case INCIDENTS -> "interchange_incident";
            case DECISIONS -> "interchange_decision";
            case VICTIMS -> "interchange_victim";
            case CRIMES -> "interchange_crime";
            case OUTCOMES -> "interchange_outcome";
            case CANCELLATIONS -> "interchange_cancellation";
            case RECLASSIFICATIONS -> "interchange_reclassification";
        };
    }

    /** SHA-256 over each present file's name and SHA-256, in the format's order. */
    static String extractSha256(Map<InterchangeFile, String> hashes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            hashes.forEach((file, sha) -> digest.update((file.fileName() + ' ' + sha + '\n')
                    .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private Long earlierImport(String extractSha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select id from interchange_import where extract_sha256 = ?")) {
            query.setString(1, extractSha256);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private long insertImport(Path folder, String extractSha256, String importedBy) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into interchange_import (folder, "
                + "extract_sha256, rows_read, rows_loaded, rows_left_out, findings, imported_by) "
                + "values (?, ?, 0, 0, 0, 0, ?) returning id")) {
            insert.setString(1, folder.toString());
            insert.setString(2, extractSha256);
            insert.setString(3, importedBy);
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private void insertFile(long id, InterchangeReader.FileReading reading, String sha256) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into interchange_import_file (import_id, "
                + "file_name, file_sha256, ending, rows_read, rows_loaded, rows_left_out) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, reading.file().fileName());
            insert.setString(3, sha256);
            insert.setString(4, reading.ending().name().toLowerCase());
            insert.setLong(5, reading.rowsRead());
            insert.setLong(6, reading.rowsUsed());
            insert.setLong(7, reading.rowsLeftOut());
            insert.executeUpdate();
        }
    }

    private void insertFindings(long id, List<ExtractFinding> findings) throws SQLException {
        if (findings.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into interchange_import_finding (import_id, "
                + "file_name, line, column_name, record, code, severity, message) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ExtractFinding finding : findings) {
                insert.setLong(1, id);
                insert.setString(2, finding.file());
                insert.setLong(3, finding.line());
                insert.setString(4, finding.column().isEmpty() ? null : finding.column());
                insert.setString(5, finding.record().isEmpty() ? null : finding.record());
                insert.setString(6, finding.code());
                insert.setString(7, finding.severity().name());
                insert.setString(8, finding.message().replace('\0', '\uFFFD'));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
