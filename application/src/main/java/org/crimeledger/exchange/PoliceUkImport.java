package org.crimeledger.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.crimeledger.exchange.internal.FileLoad;
import org.crimeledger.exchange.internal.CategoryLabels;
import org.crimeledger.standards.PoliceUkCategory;
import org.crimeledger.standards.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Imports data.police.uk files (street-level crime, outcomes, stop and search; plain or gzipped) file by file,
 * each in one transaction. See {@link FileLoad} for the guarantees.
 */
@Service
public class PoliceUkImport {

    /** Findings kept per file (all are counted): enough to see what is wrong, bounded whatever the file. */
    public static final int FINDINGS_KEPT = 1000;

    private final DataSource dataSource;
    private final ReferenceData referenceData;
    private final JdbcClient jdbc;

    PoliceUkImport(DataSource dataSource, ReferenceData referenceData, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.referenceData = referenceData;
        this.jdbc = jdbc;
    }

    /**
     * Files imported at once by default: each is its own transaction on its own connection. Four keep two cores busy
     * while some of the files wait on the server (creating, attaching and committing their tables).
     */
    public static final int DEFAULT_PARALLEL = 4;

    /** Imports the files, and every {@code .csv} or {@code .csv.gz} file under the folders, in name order. */
    public List<FileImport> importFiles(List<Path> filesOrFolders, String importedBy, ImportProgress progress) {
        return importFiles(filesOrFolders, importedBy, progress, DEFAULT_PARALLEL);
    }

    /**
     * As {@link #importFiles(List, String, ImportProgress)}, {@code parallel} files at a time (each in its own
     * transaction on its own connection), the largest first; the results come back in file order.
     */
    public List<FileImport> importFiles(List<Path> filesOrFolders, String importedBy, ImportProgress progress,
            int parallel) {
        List<Path> files = filesIn(filesOrFolders).stream().distinct().toList();
        ProgressTotals totals = new ProgressTotals(progress, files.stream().mapToLong(PoliceUkImport::size).sum());
        CategoryLabels labels = labels();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, files.size())));
        try {
            // the largest files first, so the last file to finish is a small one and no worker idles at the end
            Map<Path, Future<FileImport>> results = new HashMap<>();
            files.stream().sorted(java.util.Comparator.comparingLong(PoliceUkImport::size).reversed()).forEach(file ->
                    results.put(file, workers.submit(() -> importOne(file, importedBy, labels, totals))));
            List<FileImport> done = new ArrayList<>();
            for (Path file : files) {
                done.add(results.get(file).get());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private FileImport importOne(Path file, String importedBy, CategoryLabels labels, ProgressTotals totals) {
        totals.fileStarted(file);
        try (Connection connection = dataSource.getConnection()) {
            FileImport result = new FileLoad(connection, labels, FINDINGS_KEPT).load(file, file.toString(), importedBy,
                    (rows, source) -> totals.advanced(file, rows, source.bytesRead()));
            totals.fileDone(file, size(file), result);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the import of " + file + ": " + e.getMessage(), e);
        }
    }

    /** Sums the progress of the files being imported at once and tells the listener, one call at a time. */
    private static final class ProgressTotals {

        private final ImportProgress progress;
        private final long totalBytes;
        private final Map<Path, long[]> inFlight = new HashMap<>();
        private long rowsDone;
        private long bytesDone;

        ProgressTotals(ImportProgress progress, long totalBytes) {
            this.progress = progress;
            this.totalBytes = totalBytes;
        }

        synchronized void fileStarted(Path file) {
            inFlight.put(file, new long[2]);
            progress.fileStarted(file.toString());
        }

        synchronized void advanced(Path file, long rows, long bytes) {
            long[] current = inFlight.get(file);
            current[0] = rows;
            current[1] = bytes;
            tell();
        }

        synchronized void fileDone(Path file, long size, FileImport result) {
            inFlight.remove(file);
            rowsDone += result.rowsRead();
            bytesDone += size;
            tell();
            progress.fileDone(result);
        }

        private void tell() {
            long rows = rowsDone;
            long bytes = bytesDone;
            for (long[] current : inFlight.values()) {
                rows += current[0];
                bytes += current[1];
            }
            progress.advanced(rows, bytes, totalBytes);
        }
    }

    /** The files named and those under the folders named, ending {@code .csv} or {@code .csv.gz}, in name order. */
    public static List<Path> filesIn(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(PoliceUkImport::csvName).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("No such file or folder: " + path);
            }
        }
        return files;
    }

    private static boolean csvName(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".csv") || name.endsWith(".csv.gz");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CategoryLabels labels() {
        Map<String, String> crimeTypes = referenceData.policeUkCrimeCategories().stream()
                .collect(Collectors.toMap(PoliceUkCategory::label, PoliceUkCategory::slug));
        Map<String, String> outcomes = jdbc.sql("select label, outcome_code from police_uk_outcome_label")
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new CategoryLabels(crimeTypes, outcomes);
    }
}
