package org.crimeledger.ledger;

import org.crimeledger.security.Actor;

/**
 * A change to a row whose record type is its table's name and whose key is its {@code id} column, handed
 * to {@link Ledger#recordChange}, which takes the after-snapshot itself so a caller cannot forget it.
 * Anything else is written as a {@link LedgerAppend}.
 *
 * @param before the row before the change (from {@link Ledger#snapshot(String, long)}), null when it is new
 */
public record LedgeredChange(Actor actor, String action, String table, long id, String reason, String before) {

    public static LedgeredChange created(Actor actor, String action, String table, long id, String reason) {
        return new LedgeredChange(actor, action, table, id, reason, null);
    }

    public static LedgeredChange changed(Actor actor, String action, String table, long id, String reason,
            String before) {
        return new LedgeredChange(actor, action, table, id, reason, before);
    }
}
