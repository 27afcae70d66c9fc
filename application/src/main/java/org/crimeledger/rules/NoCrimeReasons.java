package org.crimeledger.rules;

import java.util.Set;

/** The no-crime reasons that are grounds of the standard (the {@code no_crime_reason} reference data). */
final class NoCrimeReasons {

    static final String THIRD_PARTY_NOT_CONFIRMED = "THIRD_PARTY_NOT_CONFIRMED";
    static final Set<String> NCRS = Set.of("NOT_A_CRIME_IN_LAW", "CREDIBLE_EVIDENCE_TO_THE_CONTRARY",
            "NO_VICTIM_IDENTIFIED", THIRD_PARTY_NOT_CONFIRMED, "POINTS_TO_PROVE_NOT_MADE_OUT", "ALREADY_RECORDED",
            "OTHER_AUTHORITY");

    private NoCrimeReasons() {
    }
}
