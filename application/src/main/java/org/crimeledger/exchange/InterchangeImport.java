package org.crimeledger.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.crimeledger.exchange.internal.ExtractLoad;
import org.springframework.stereotype.Service;

/**
 * Imports other records systems' extracts in the interchange format ({@code docs/interchange.md}): each extract
 * whole in one transaction, streamed through the format checks of {@code crimeledger validate} into the
 * {@code interchange_*} tables with PostgreSQL COPY. See {@link ExtractLoad} for the guarantees.
 */
@Service
public class InterchangeImport {

    /** Findings kept per extract (all are counted). */
    public static final int FINDINGS_KEPT = 10_000;

    private final DataSource dataSource;

    InterchangeImport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Imports the extract in the folder; rows read so far and bytes of whole files read so far go to progress. */
    public ExtractImport importExtract(Path folder, String importedBy, ImportProgress progress) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No such folder: " + folder);
        }
        try (Connection connection = dataSource.getConnection()) {
            return new ExtractLoad(connection, FINDINGS_KEPT).load(folder, importedBy, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The database refused the import of " + folder + ": " + e.getMessage(), e);
        }
    }
}
