package org.crimeledger.exchange;

import java.util.List;

/**
 * What importing one file did.
 *
 * @param importId the import that holds this file's rows ({@code police_uk_import.id}); for a file already
 *                 imported, the earlier import; null when the file was refused before anything was recorded
 * @param findings the first findings (at most {@link PoliceUkImport#FINDINGS_KEPT}); {@code findingCount} counts all
 */
public record FileImport(String file, Status status, PoliceUkFileKind kind, Long importId, long rowsRead,
        long rowsLoaded, long rowsRejected, List<ImportFinding> findings, long findingCount) {

    /** How the file ended. */
    public enum Status {
        /** Its rows are in the database now. */
        LOADED,
        /** The same bytes were imported before; nothing changed. */
        ALREADY_IMPORTED,
        /** Another file with the same rows (say, the gzipped copy of a loaded file) was imported before. */
        SAME_CONTENT,
        /** Refused whole (not a data.police.uk file, unreadable, truncated); nothing loaded. */
        REJECTED
    }

    public String summary() {
        return switch (status) {
            case LOADED -> String.format("%s: %,d rows read, %,d loaded, %,d rejected%s", file, rowsRead, rowsLoaded,
                    rowsRejected, findingCount > rowsRejected ? String.format(", %,d warnings", findingCount - rowsRejected) : "");
            case ALREADY_IMPORTED -> String.format("%s: already imported (import %d), nothing changed", file, importId);
            case SAME_CONTENT -> String.format("%s: %,d rows read, the same rows as import %d, nothing changed", file,
                    rowsRead, importId);
            case REJECTED -> String.format("%s: rejected, nothing loaded: %s", file,
                    findings.isEmpty() ? "" : findings.get(findings.size() - 1).reason());
        };
    }
}
