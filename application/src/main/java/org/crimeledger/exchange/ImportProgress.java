package org.crimeledger.exchange;

/**
 * Told how an import advances, often (every few thousand rows), from the importing thread.
 */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /** A file begins. */
    default void fileStarted(String file) {
    }

    /**
     * @param rowsRead rows read so far over all files
     * @param bytesRead bytes of the files (as stored, so compressed for gzip) read so far over all files
     * @param totalBytes bytes of all files to import
     */
    default void advanced(long rowsRead, long bytesRead, long totalBytes) {
    }

    /** A file is done. */
    default void fileDone(FileImport result) {
    }
}
