package org.crimeledger.rules;

import java.util.List;

/**
 * A rule that compares record sets with each other, such as duplicate crimes across incidents. Each run starts a
 * scan that sees every record set once, in any order, and reports a violation on the set that completes it.
 */
public interface RuleAcrossRecords {

    RuleDefinition definition();

    Scan start(RuleSettings settings);

    /** One pass over the records; keeps what it needs of the sets seen so far. */
    interface Scan {
        List<Violation> next(RecordSet records);
    }
}
