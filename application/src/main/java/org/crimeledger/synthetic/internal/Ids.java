package org.crimeledger.synthetic.internal;

import java.util.Map;

/**
 * The next id of each table, from a block taken from its sequence while the tables are locked, so rows
 * generated together get consecutive ids and later live inserts carry on after them.
 */
public final class Ids {

    private final long[] first = new long[Table.values().length];
    private final long[] next = new long[Table.values().length];

    public Ids(Map<Table, Long> firstIds) {
        firstIds.forEach((table, id) -> {
            first[table.ordinal()] = id;
            next[table.ordinal()] = id;
        });
    }

    public long next(Table table) {
        return next[table.ordinal()]++;
    }

    public long first(Table table) {
        return first[table.ordinal()];
    }

    /** The last id given out, or first - 1 when none was. */
    public long last(Table table) {
        return next[table.ordinal()] - 1;
    }

    public boolean used(Table table) {
        return next[table.ordinal()] > first[table.ordinal()];
    }
}
