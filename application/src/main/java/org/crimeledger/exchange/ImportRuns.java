package org.crimeledger.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Imports started from the web: one at a time, in the background, from files uploaded to a temporary folder that is
 * deleted afterwards. Runs are kept in memory for their progress pages; the imports themselves are in the database.
 */
@Service
public class ImportRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

    private final PoliceUkImport importer;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "police-uk-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ImportRun> runs = new ConcurrentHashMap<>();

    ImportRuns(PoliceUkImport importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    /** Starts importing the files of the folder (which this then owns and deletes) and returns the run to follow. */
    public ImportRun start(Path folder, String startedBy) {
        ImportRun run = new ImportRun(UUID.randomUUID().toString(), startedBy, clock.instant());
        runs.put(run.id(), run);
        worker.execute(() -> {
            String failure = null;
            try {
                importer.importFiles(List.of(folder), startedBy, run);
            } catch (RuntimeException e) {
                log.warn("Import {} failed", run.id(), e);
                failure = e.getMessage();
            } finally {
                run.finish(clock.instant(), failure);
                delete(folder);
            }
        });
        return run;
    }

    public Optional<ImportRun> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    public static Path newUploadFolder() {
        try {
            return Files.createTempDirectory("crimeledger-upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            log.warn("Could not delete the upload folder {}", folder, e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
