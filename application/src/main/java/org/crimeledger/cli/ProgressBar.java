package org.crimeledger.cli;

import java.io.PrintWriter;

import org.crimeledger.exchange.FileImport;
import org.crimeledger.exchange.ImportProgress;

/**
 * A one-line progress bar redrawn in place: share of bytes done, rows, rows a second and time left (estimated
 * from the bytes still to read at the rate so far).
 */
final class ProgressBar implements ImportProgress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter out;
    private final boolean draw;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private String lastLine = "";

    ProgressBar(PrintWriter out, boolean draw) {
        this.out = out;
        this.draw = draw;
    }

    @Override
    public void advanced(long rowsRead, long bytesRead, long totalBytes) {
        long now = System.nanoTime();
        if (!draw || now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        lastLine = line(rowsRead, bytesRead, totalBytes, (now - started) / 1e9);
        out.print('\r' + lastLine);
        out.flush();
    }

    @Override
    public void fileDone(FileImport result) {
        if (draw && result.status() == FileImport.Status.REJECTED) {
            out.print("\r" + " ".repeat(lastLine.length()) + "\r" + result.summary() + "\n" + lastLine);
            out.flush();
        }
    }

    void finish() {
        if (draw) {
            out.println();
            out.flush();
        }
    }

    static String line(long rows, long bytes, long totalBytes, double seconds) {
        double done = totalBytes == 0 ? 1 : Math.min(1, (double) bytes / totalBytes);
        int filled = (int) Math.round(done * WIDTH);
        double rate = seconds > 0 ? rows / seconds : 0;
        String left = done > 0 && done < 1 ? duration(seconds * (1 - done) / done) : "--:--";
        return String.format("[%s%s] %3.0f%% %,d rows  %,.0f rows/s  %s left", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done * 100, rows, rate, left);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
