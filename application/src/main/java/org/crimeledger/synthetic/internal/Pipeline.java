package org.crimeledger.synthetic.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Generates on one thread while the caller's thread loads, so the generator and PostgreSQL each keep a
 * core busy. At most two chunks wait between them. A failure on either side stops both and is thrown to
 * the caller, whose transaction then rolls back.
 */
public final class Pipeline {

    /** Loads one chunk on the caller's thread, inside its transaction. */
    @FunctionalInterface
    public interface Loader {
        void load(Chunk chunk) throws Exception;
    }

    private static final Chunk END = new Chunk(0);

    private Pipeline() {
    }

    public static void run(Simulation simulation, int incidentsPerChunk, Loader loader) throws Exception {
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(2);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread generator = new Thread(() -> {
            try {
                simulation.run(incidentsPerChunk, queue::put);
                queue.put(END);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "synthetic-force-generator");
        generator.setDaemon(true);
        generator.start();
        try {
            while (true) {
                Chunk chunk = queue.poll(200, TimeUnit.MILLISECONDS);
                if (chunk == END) {
                    return;
                }
                if (chunk != null) {
                    loader.load(chunk);
                } else if (failure.get() != null) {
                    throw new IllegalStateException("Generating the synthetic force failed", failure.get());
                } else if (!generator.isAlive() && queue.isEmpty()) {
                    throw new IllegalStateException("The synthetic force's generator stopped without finishing");
                }
            }
        } finally {
            generator.interrupt();
            generator.join();
        }
    }
}
