package org.crimeledger.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An import started from the web, as its progress page shows it: updated by the importing thread, read by pages.
 */
public final class ImportRun implements ImportProgress {

    private final String id;
    private final String startedBy;
    private final Instant started;
    private final List<FileImport> done = new CopyOnWriteArrayList<>();
    private volatile String currentFile;
    private volatile long rowsRead;
    private volatile long bytesRead;
    private volatile long totalBytes;
    private volatile Instant finished;
    private volatile String failure;

    ImportRun(String id, String startedBy, Instant started) {
        this.id = id;
        this.startedBy = startedBy;
        this.started = started;
    }

    @Override
    public void fileStarted(String file) {
        currentFile = file;
    }

    @Override
    public void advanced(long rows, long bytes, long total) {
        rowsRead = rows;
        bytesRead = bytes;
        totalBytes = total;
    }

    @Override
    public void fileDone(FileImport result) {
        done.add(result);
    }

    void finish(Instant at, String failure) {
        this.failure = failure;
        this.finished = at;
        this.currentFile = null;
    }

    public String id() {
        return id;
    }

    public String startedBy() {
        return startedBy;
    }

    public boolean running() {
        return finished == null;
    }

    public String failure() {
        return failure;
    }

    public String currentFile() {
        return currentFile;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public List<FileImport> filesDone() {
        return List.copyOf(done);
    }

    /** Share of the files' bytes read, 0 to 100. */
    public int percent() {
        return totalBytes == 0 ? (running() ? 0 : 100) : (int) Math.min(100, 100 * bytesRead / totalBytes);
    }

    public long rowsPerSecond(Instant now) {
        double seconds = Duration.between(started, finished == null ? now : finished).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : Math.round(rowsRead / seconds);
    }

    /** Time left at the rate so far, or null before there is a rate. */
    public Duration timeLeft(Instant now) {
        if (!running() || bytesRead == 0 || totalBytes == 0) {
            return null;
        }
        double elapsed = Duration.between(started, now).toMillis();
        return Duration.ofMillis(Math.round(elapsed * (totalBytes - bytesRead) / bytesRead));
    }
}
