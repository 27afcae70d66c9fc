package org.crimeledger.synthetic;

import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.crimeledger.ForceProperties;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.rules.RecordingClock;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.synthetic.internal.CopyLoader;
import org.crimeledger.synthetic.internal.Ids;
import org.crimeledger.synthetic.internal.Pipeline;
import org.crimeledger.synthetic.internal.References;
import org.crimeledger.synthetic.internal.Simulation;
import org.crimeledger.synthetic.internal.SyntheticTables;
import org.crimeledger.synthetic.internal.Table;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the synthetic force and bulk-loads it with {@code COPY}, streaming, in one transaction: a run
 * that fails or is killed part way leaves nothing behind, and a re-run starts clean. While it runs the
 * tables it fills are locked against other writers (readers carry on). Its rows are written straight
 * into the tables of {@code incidents} and {@code recording}, bypassing their services for speed, and are
 * then adopted by the ledger in the same transaction, so the ledger verifier finds none unaccounted for.
 */
@Service
public class Generating {

    /** Bulk-generated records enter the ledger as a batch actor, so their history shows no person made them. */
    public static final Actor SYNTHETIC_FORCE = Actor.system("synthetic-force", Role.ADMIN);
    public static final String LEDGER_ACTION = "GeneratedSyntheticRecord";
    private static final int INCIDENTS_PER_CHUNK = 10_000;

    /** Told after each chunk is loaded, for a progress display. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (incidents, rows) -> { };

        void loaded(long incidents, long rows);
    }

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final SyntheticTables tables;
    private final Ledger ledger;
    private final RecordingClock clock;
    private final ForceProperties force;

    Generating(DataSource dataSource, PlatformTransactionManager transactions, SyntheticTables tables, Ledger ledger,
            RecordingClock clock, ForceProperties force) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.tables = tables;
        this.ledger = ledger;
        this.clock = clock;
        this.force = force;
    }

    public GenerationReport generate(SyntheticForce settings) {
        return generate(settings, Progress.NONE);
    }

    /** Generates and loads everything, or (on any failure) nothing. Joins the caller's transaction if there is one. */
    public GenerationReport generate(SyntheticForce settings, Progress progress) {
        return transaction.execute(status -> load(settings, progress));
    }

    private GenerationReport load(SyntheticForce settings, Progress progress) {
        long started = System.nanoTime();
        Ids ids = tables.lockAndTakeIds();
        References references = tables.references(force.code(), force.timeZone(), settings);
        long runId = tables.recordRun(settings, ids.first(Table.INCIDENT));
        Simulation simulation = new Simulation(settings, force.timeZone(), clock, ids, references, runId);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyLoader loader = new CopyLoader(connection);
            long[] loaded = {0, 0};
            Pipeline.run(simulation, INCIDENTS_PER_CHUNK, chunk -> {
                loader.load(chunk);
                loaded[0] += chunk.incidents();
                loaded[1] += chunk.rowCount();
                progress.loaded(loaded[0], loaded[1]);
            });
            tables.advance(ids, references);
            Duration loading = Duration.ofNanos(System.nanoTime() - started);
            long ledgerStarted = System.nanoTime();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Table table : Table.values()) {
                rows.put(table.tableName(), loader.rows(table));
                if (table.ledgered() && loader.rows(table) > 0) {
                    ledger.adoptUnledgered(table.tableName(), SYNTHETIC_FORCE, LEDGER_ACTION);
                }
            }
            return new GenerationReport(runId, rows, loading, Duration.ofNanos(System.nanoTime() - ledgerStarted));
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Generating the synthetic force was interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("Generating the synthetic force failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
