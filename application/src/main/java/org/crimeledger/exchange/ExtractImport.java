package org.crimeledger.exchange;

import java.util.List;

import org.crimeledger.compliance.ExtractFinding;
import org.crimeledger.compliance.InterchangeReader;

/**
 * What importing one interchange extract did.
 *
 * @param importId the import holding the extract's rows ({@code interchange_import.id}); for an extract imported
 *                 before, that import
 * @param files how each file of the extract was read, in the format's order (empty when already imported)
 * @param findings the first findings (at most {@link InterchangeImport#FINDINGS_KEPT}); {@code findingCount} counts all
 */
public record ExtractImport(String folder, Status status, long importId, List<InterchangeReader.FileReading> files,
        List<ExtractFinding> findings, long findingCount) {

    /** How the import ended. */
    public enum Status {
        /** The extract's usable rows are in the database now. */
        LOADED,
        /** The same files were imported before; nothing changed. */
        ALREADY_IMPORTED
    }

    public long rowsRead() {
        return files.stream().mapToLong(InterchangeReader.FileReading::rowsRead).sum();
    }

    public long rowsLoaded() {
        return files.stream().mapToLong(InterchangeReader.FileReading::rowsUsed).sum();
    }

    public long rowsLeftOut() {
        return rowsRead() - rowsLoaded();
    }

    public String summary() {
        return switch (status) {
            case LOADED -> String.format("%s: import %d, %,d rows read, %,d loaded, %,d left out, %,d findings", folder,
                    importId, rowsRead(), rowsLoaded(), rowsLeftOut(), findingCount);
            case ALREADY_IMPORTED -> String.format("%s: already imported (import %d), nothing changed", folder, importId);
        };
    }
}
