package org.crimeledger.synthetic.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.crimeledger.rules.RecordingClock;
import org.crimeledger.rules.RecordingTimeLimit;
import org.crimeledger.synthetic.SyntheticForce;

/** Runs the simulation without a database, as if into empty tables, keeping a digest of each table and the truth. */
final class InMemoryForce {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final RecordingClock CLOCK = new RecordingClock(List.of(
            new RecordingTimeLimit(LocalDate.of(2002, 4, 1), Duration.ofHours(72), "NCRS 2002"),
            new RecordingTimeLimit(LocalDate.of(2015, 4, 1), Duration.ofHours(24), "CRR26 p.10")), LONDON);

    final Map<Table, Long> rows = new EnumMap<>(Table.class);
    final Map<Table, String> digests = new EnumMap<>(Table.class);
    final List<TruthRow> truth = new ArrayList<>();

    static InMemoryForce generate(SyntheticForce force) throws Exception {
        InMemoryForce generated = new InMemoryForce();
        Map<Table, Long> firstIds = new EnumMap<>(Table.class);
        Map<Table, MessageDigest> digests = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            firstIds.put(table, 1L);
            digests.put(table, MessageDigest.getInstance("SHA-256"));
            generated.rows.put(table, 0L);
        }
        Simulation simulation = new Simulation(force, LONDON, CLOCK, new Ids(firstIds),
                new References("DS", LONDON, Map.of(), Map.of()), 1);
        simulation.run(1000, chunk -> {
            for (Table table : Table.values()) {
                Csv csv = chunk.rows(table);
                digests.get(table).update(csv.buffer(), 0, csv.length());
                generated.rows.merge(table, csv.rows(), Long::sum);
            }
            String truth = new String(chunk.rows(Table.SYNTHETIC_TRUTH).bytes(), StandardCharsets.UTF_8);
            truth.lines().map(TruthRow::parse).forEach(generated.truth::add);
        });
        digests.forEach((table, digest) -> generated.digests.put(table, HexFormat.of().formatHex(digest.digest())));
        return generated;
    }

    long rows(Table table) {
        return rows.get(table);
    }
}
