package org.crimeledger.rules;

import java.util.Set;

/** Outcome types the rules single out (CRR26 p.24; OUT26). */
final class OutcomeTypes {

    /** Types whose checklist needs a named suspect (domain.md 4.2). */
    static final Set<String> NAMED_SUSPECT = Set.of("1", "1A", "2", "2A", "3", "3A", "4", "5", "6", "7", "8", "9", "10",
            "11", "12", "13", "15", "16", "17", "21", "22", "23", "24");
    /** Formal out-of-court disposals: cautions and penalty notices. */
    static final Set<String> FORMAL_OUT_OF_COURT = Set.of("2", "2A", "3", "3A", "6");

    private OutcomeTypes() {
    }
}
