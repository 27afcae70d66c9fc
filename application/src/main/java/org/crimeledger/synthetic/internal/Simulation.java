package org.crimeledger.synthetic.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;

import org.crimeledger.rules.RecordingClock;
import org.crimeledger.synthetic.SyntheticForce;

/**
 * The synthetic force's year, day by day and report by report, from one {@link Random} seeded by the
 * settings: the same settings, ids and counters give the same rows, byte for byte, on any Java. Rows are
 * handed over in chunks, so a Metropolitan year never sits in memory at once.
 */
public final class Simulation {

    /** Receives each chunk as it fills; the last may be short. */
    @FunctionalInterface
    public interface ChunkSink {
        void accept(Chunk chunk) throws InterruptedException;
    }

    private final SyntheticForce force;
    private final ZoneId zone;
    private final Random random;
    private final Reports reports;
    private final Verdicts verdicts;
    private final IncidentRecords records;

    public Simulation(SyntheticForce force, ZoneId zone, RecordingClock clock, Ids ids, References references, long runId) {
        this.force = force;
        this.zone = zone;
        this.random = new Random(force.seed());
        this.reports = new Reports(random, zone, force.crimeRelatedShare());
        this.records = new IncidentRecords(random, zone, force.end(zone), runId, ids, references, force);
        this.verdicts = new Verdicts(random, force, clock, zone, records::lastCrime);
    }

    public void run(int incidentsPerChunk, ChunkSink sink) throws InterruptedException {
        ReportTimes times = new ReportTimes(force.start(), force.days(), force.incidents());
        Chunk chunk = new Chunk(incidentsPerChunk);
        for (int day = 0; day < force.days(); day++) {
            for (Instant receivedAt : times.times(day, times.count(day), zone, random)) {
                Report report = reports.draw(receivedAt);
                records.write(report, verdicts.judge(report), chunk);
                if (chunk.incidents() == incidentsPerChunk) {
                    sink.accept(chunk);
                    chunk = new Chunk(incidentsPerChunk);
                }
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("The synthetic force's generation was stopped");
            }
        }
        if (chunk.incidents() > 0) {
            sink.accept(chunk);
        }
    }
}
