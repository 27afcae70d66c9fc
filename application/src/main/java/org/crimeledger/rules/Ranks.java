package org.crimeledger.rules;

import java.util.List;

/** The order of the authorities outcomes and cancellations name, lowest first; CPS and FCR rank highest. */
final class Ranks {

    static final List<String> ORDER = List.of("OFFICER", "SERGEANT", "INSPECTOR", "SUPERINTENDENT", "FCR", "CPS");

    private Ranks() {
    }

    static boolean atLeast(String rank, String wanted) {
        return rank != null && ORDER.indexOf(rank) >= ORDER.indexOf(wanted) && ORDER.contains(rank);
    }
}
