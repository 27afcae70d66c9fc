package org.crimeledger.incidents;

import java.time.LocalDate;

/**
 * What someone searching incidents can filter by; every field is optional.
 *
 * @param text matched against the reference, the location and the reporter's name
 * @param decisionStatus NOT_REQUIRED, AWAITING or DECIDED
 */
public record IncidentSearch(String text, String teamCode, String category, String decisionStatus,
        LocalDate receivedFrom, LocalDate receivedTo, int limit) {

    public IncidentSearch {
        limit = limit <= 0 ? 50 : Math.min(limit, 500);
    }
}
