package org.crimeledger.exchange.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.ZipException;
import java.io.EOFException;

import org.crimeledger.compliance.CsvReader;
import org.crimeledger.exchange.FileImport;
import org.crimeledger.exchange.FileImport.Status;
import org.crimeledger.exchange.ImportFinding;
import org.crimeledger.exchange.PoliceUkFileKind;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Imports one data.police.uk file in one transaction: the rows are checked as they stream past and copied
 * (PostgreSQL {@code COPY}) into a table of their own, which the same transaction attaches as a partition of the
 * kind's table and records with the file's hashes and findings. A process stopped at any moment leaves either
 * the whole file or nothing; a file or content seen before is not loaded again.
 */
public final class FileLoad {

    private static final int PROGRESS_EVERY = 4096;

    private final Connection connection;
    private final CategoryLabels labels;
    private final int findingsKept;

    public FileLoad(Connection connection, CategoryLabels labels, int findingsKept) {
        this.connection = connection;
        this.labels = labels;
        this.findingsKept = findingsKept;
    }

    /**
     * @param progress told the rows read so far in this file, every few thousand rows, with the source to ask for bytes
     */
    public FileImport load(Path file, String name, String importedBy, ProgressSink progress)
            throws IOException, SQLException {
        String fileSha256 = FileSource.fileSha256(file);
        Long earlier = earlierImport(fileSha256);
        if (earlier != null) {
            return new FileImport(name, Status.ALREADY_IMPORTED, null, earlier, 0, 0, 0, List.of(), 0);
        }
        connection.setAutoCommit(false);
        try {
            return loadInTransaction(file, name, fileSha256, importedBy, progress);
        } catch (SQLException e) {
            connection.rollback();
            Long concurrent = "23505".equals(e.getSQLState()) ? earlierImport(fileSha256) : null;
            if (concurrent == null) {
                throw e;
            }
            // the same bytes under another name, imported by another worker at the same moment
            return new FileImport(name, Status.ALREADY_IMPORTED, null, concurrent, 0, 0, 0, List.of(), 0);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Where the rows read and bytes read go while a file loads. */
    public interface ProgressSink {
        void advanced(long rowsInFile, FileSource source);
    }

    private FileImport loadInTransaction(Path file, String name, String fileSha256, String importedBy,
            ProgressSink progress) throws IOException, SQLException {
        long id = insertImport(name, fileSha256, importedBy);
        Findings findings = new Findings(name, findingsKept);
        PoliceUkFileKind kind = null;
        long read = 0;
        long loaded = 0;
        String contentSha256;
        PGCopyOutputStream copy = null;
        try (FileSource source = new FileSource(file)) {
            CsvReader csv = new CsvReader(source.reader());
            try {
                String[] first = csv.next();
                if (first == null) {
                    return rejected(id, name, fileSha256, importedBy, null, 0, findings,
                            "empty file: no header line, so not a data.police.uk file");
                }
                List<String> header = header(first);
                kind = PoliceUkFileKind.withHeader(header).orElse(null);
                if (kind == null) {
                    return rejected(id, name, fileSha256, importedBy, null, 0, findings,
                            HeaderDiagnosis.describe(header));
                }
                RowConverter converter = RowConverter.of(kind, labels);
                String partition = createPartition(kind, id);
                // FREEZE: the table was created in this transaction, so its rows can be written already frozen
                copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                        "copy " + partition + " (" + converter.copyColumns() + ") from stdin with (freeze)", 1 << 16);
                int columns = kind.header().size();
                for (String[] row = csv.next(); row != null; row = csv.next()) {
                    if (row.length == 1 && row[0].isEmpty()) {
                        continue; // a blank line, as at the end of some files
                    }
                    read++;
                    CopyText line = converter.convert(row, csv.recordLine(), columns, findings);
                    if (line != null) {
                        line.writeTo(copy);
                        loaded++;
                    }
                    if (read % PROGRESS_EVERY == 0) {
                        progress.advanced(read, source);
                    }
                }
                copy.endCopy();
                progress.advanced(read, source);
                contentSha256 = source.contentSha256();
            } catch (IOException e) {
                cancel(copy);
                connection.rollback();
                return rejected(null, name, fileSha256, importedBy, kind, read, findings,
                        unreadable(e, csv.recordLine() + 1));
            }
        } catch (IOException e) {
            cancel(copy);
            connection.rollback();
            return rejected(null, name, fileSha256, importedBy, kind, read, findings, unreadable(e, -1));
        } catch (SQLException | RuntimeException e) {
            cancel(copy);
            connection.rollback();
            throw e;
        }
        return finish(id, name, fileSha256, importedBy, kind, contentSha256, read, loaded, findings);
    }

    private FileImport finish(long id, String name, String fileSha256, String importedBy, PoliceUkFileKind kind,
            String contentSha256, long read, long loaded, Findings findings) throws SQLException {
        Long sameContent = sameContent(contentSha256);
        if (sameContent == null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter table " + kind.table() + " attach partition " + partitionName(kind, id)
                        + " for values in (" + id + ")");
            }
            insertFindings(id, findings.kept());
            try (PreparedStatement update = connection.prepareStatement("update police_uk_import set content_sha256 = ?, "
                    + "kind = ?, rows_read = ?, rows_loaded = ?, rows_rejected = ? where id = ?")) {
                update.setString(1, contentSha256);
                update.setString(2, kind.code());
                update.setLong(3, read);
                update.setLong(4, loaded);
                update.setLong(5, findings.rejectedRows());
                update.setLong(6, id);
                update.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                sameContent = sameContent(contentSha256);
                if (sameContent == null) {
                    throw e;
                }
                return recordSameContent(name, fileSha256, importedBy, kind, contentSha256, read, sameContent, findings);
            }
            return new FileImport(name, Status.LOADED, kind, id, read, loaded, findings.rejectedRows(), findings.kept(),
                    findings.count());
        }
        connection.rollback();
        return recordSameContent(name, fileSha256, importedBy, kind, contentSha256, read, sameContent, findings);
    }

    private FileImport recordSameContent(String name, String fileSha256, String importedBy, PoliceUkFileKind kind,
            String contentSha256, long read, long sameAs, Findings findings) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into police_uk_import (file_name, "
                + "file_sha256, content_sha256, kind, status, same_as, rows_read, imported_by) "
                + "values (?, ?, ?, ?, 'same-content', ?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, fileSha256);
            insert.setString(3, contentSha256);
            insert.setString(4, kind.code());
            insert.setLong(5, sameAs);
            insert.setLong(6, read);
            insert.setString(7, importedBy);
            insert.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
        return new FileImport(name, Status.SAME_CONTENT, kind, sameAs, read, 0, 0, List.of(), 0);
    }

    private FileImport rejected(Long startedId, String name, String fileSha256, String importedBy,
            PoliceUkFileKind kind, long read, Findings findings, String reason) throws SQLException {
        connection.rollback();
        findings.rejectFile(reason);
        long id;
        try (PreparedStatement insert = connection.prepareStatement("insert into police_uk_import (file_name, "
                + "file_sha256, kind, status, rows_read, rows_rejected, imported_by) "
                + "values (?, ?, ?, 'rejected', ?, ?, ?) returning id")) {
            insert.setString(1, name);
            insert.setString(2, fileSha256);
            insert.setString(3, kind == null ? null : kind.code());
            insert.setLong(4, read);
            insert.setLong(5, read);
            insert.setString(6, importedBy);
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                id = key.getLong(1);
            }
        }
        insertFindings(id, findings.kept());
        connection.commit();
        return new FileImport(name, Status.REJECTED, kind, id, read, 0, read, findings.kept(), findings.count());
    }

    private static String unreadable(Exception e, long line) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof CharacterCodingException)
                && !(cause instanceof EOFException) && !(cause instanceof ZipException)) {
            cause = cause.getCause();
        }
        String where = line > 0 ? " at line " + line : "";
        if (cause instanceof CharacterCodingException) {
            return "bytes that are not UTF-8" + where + "; nothing loaded";
        }
        if (cause instanceof EOFException) {
            return "the file ends early (truncated gzip or cut-off download)" + where + "; nothing loaded";
        }
        if (cause instanceof ZipException) {
            return "not a readable gzip file (" + cause.getMessage() + ")" + where + "; nothing loaded";
        }
        if (e instanceof CsvReader.MalformedCsvException) {
            return "not readable as CSV: " + e.getMessage() + "; nothing loaded";
        }
        return "not readable as CSV" + where + " (" + cause.getMessage() + "); nothing loaded";
    }

    private static List<String> header(String[] record) {
        List<String> header = new ArrayList<>(record.length);
        for (String value : record) {
            header.add(value.strip());
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        return header;
    }

    private static void cancel(PGCopyOutputStream copy) {
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // the rollback that follows discards the rows either way
            }
        }
    }

    static String partitionName(PoliceUkFileKind kind, long id) {
        return kind.table() + "_" + id;
    }

    private String createPartition(PoliceUkFileKind kind, long id) throws SQLException {
        String partition = partitionName(kind, id);
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table " + partition + " (like " + kind.table() + " including defaults)");
            statement.execute("alter table " + partition + " alter column import_id set default " + id
                    + ", add constraint " + partition + "_import check (import_id = " + id + ")");
        }
        return partition;
    }

    private Long earlierImport(String fileSha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select coalesce(same_as, id) from police_uk_import "
                + "where file_sha256 = ? and status <> 'rejected'")) {
            query.setString(1, fileSha256);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private Long sameContent(String contentSha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select id from police_uk_import where content_sha256 = ? and status = 'loaded'")) {
            query.setString(1, contentSha256);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private long insertImport(String name, String fileSha256, String importedBy) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into police_uk_import (file_name, "
                + "file_sha256, status, imported_by) values (?, ?, 'loaded', ?) returning id")) {
            insert.setString(1, name);
            insert.setString(2, fileSha256);
            insert.setString(3, importedBy);
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private void insertFindings(long id, List<ImportFinding> findings) throws SQLException {
        if (findings.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into police_uk_import_finding "
                + "(import_id, line, column_name, value, reason, severity) values (?, ?, ?, ?, ?, ?)")) {
            for (ImportFinding finding : findings) {
                insert.setLong(1, id);
                insert.setObject(2, finding.line());
                // PostgreSQL text cannot hold a NUL, which a damaged file can put in a value, a header or a reason quoting it.
                insert.setString(3, withoutNul(finding.column()));
                insert.setString(4, withoutNul(finding.value()));
                insert.setString(5, withoutNul(finding.reason()));
                insert.setString(6, finding.severity().code());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String withoutNul(String text) {
        return text == null ? null : text.replace('\0', '\uFFFD');
    }
}
