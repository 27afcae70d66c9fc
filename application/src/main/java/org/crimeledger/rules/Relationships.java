package org.crimeledger.rules;

import java.util.Set;

/** Victim-suspect relationships as the input model codes them. */
final class Relationships {

    static final Set<String> INTIMATE = Set.of("INTIMATE_PARTNER", "EX_PARTNER");
    static final Set<String> PERSONALLY_CONNECTED = Set.of("INTIMATE_PARTNER", "EX_PARTNER", "FAMILY");
    static final Set<String> ALL = Set.of("INTIMATE_PARTNER", "EX_PARTNER", "FAMILY", "ACQUAINTANCE", "STRANGER");

    private Relationships() {
    }
}
