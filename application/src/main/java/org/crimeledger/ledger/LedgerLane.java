package org.crimeledger.ledger;

/**
 * Where a lane of the ledger ends: its number, how many entries it holds, the ledger-wide sequence and hash
 * of its last entry (null and the genesis hash while it is empty). A transaction holds one lane, locked,
 * from its first append to its end, and moves this on as it appends.
 *
 * @param lane 1 to {@link #COUNT}
 * @param lastLaneSequence the number of entries in the lane, which are numbered 1, 2, ... within it
 * @param lastSequence the ledger-wide sequence of the lane's last entry, or null while it is empty
 */
record LedgerLane(int lane, long lastLaneSequence, Long lastSequence, String lastHash) {

    /** How many lanes there are (fixed by migration V8): more than the connection pool ever runs writers at once. */
    static final int COUNT = 16;

    LedgerLane after(LedgerEntry entry) {
        return new LedgerLane(lane, lastLaneSequence + 1, entry.sequence(), entry.hash());
    }
}
