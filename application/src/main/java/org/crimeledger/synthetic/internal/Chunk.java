package org.crimeledger.synthetic.internal;

import java.util.EnumMap;
import java.util.Map;

/**
 * The rows of a run of consecutive incidents, table by table, ready for one {@code COPY} per table.
 * Chunks keep memory bounded: a Metropolitan year is never held at once.
 */
public final class Chunk {

    private final Map<Table, Csv> tables = new EnumMap<>(Table.class);
    private int incidents;

    /** Buffers sized for the incidents expected, so they rarely grow. */
    public Chunk(int expectedIncidents) {
        for (Table table : Table.values()) {
            tables.put(table, new Csv(expectedIncidents * table.bytesPerIncident()));
        }
    }

    public Csv rows(Table table) {
        return tables.get(table);
    }

    void countIncident() {
        incidents++;
    }

    public int incidents() {
        return incidents;
    }

    public long rowCount() {
        return tables.values().stream().mapToLong(Csv::rows).sum();
    }
}
