package org.crimeledger.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** Imports the files, and every {@code .csv} or {@code .csv.gz} file under the folders, in name order. */
    public List<FileImport> importFiles(List<Path> filesOrFolders, String importedBy, ImportProgress progress) {
        List<Path> files = filesIn(filesOrFolders);
        long totalBytes = files.stream().mapToLong(PoliceUkImport::size).sum();
        CategoryLabels labels = labels();
        List<FileImport> results = new ArrayList<>();
        long[] done = new long[2];
        try (Connection connection = dataSource.getConnection()) {
            FileLoad load = new FileLoad(connection, labels, FINDINGS_KEPT);
            for (Path file : files) {
                progress.fileStarted(file.toString());
                long rowsBefore = done[0];
                long bytesBefore = done[1];
                FileImport result = load.load(file, file.toString(), importedBy, (rows, source) ->
                        progress.advanced(rowsBefore + rows, bytesBefore + source.bytesRead(), totalBytes));
                done[0] += result.rowsRead();
                done[1] += size(file);
                progress.advanced(done[0], done[1], totalBytes);
                progress.fileDone(result);
                results.add(result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the import: " + e.getMessage(), e);
        }
        return results;
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
