package org.crimeledger.audit;

import java.time.Instant;
import java.util.List;

/**
 * An incident of an imported interchange extract drawn in an audit sample, as the extract has it: what the auditor
 * needs to judge it (the incident, its crime-recording decision, its crimes with their outcomes and cancellations).
 *
 * @param importId the interchange import the incident came in
 * @param itemId the sample item that names it
 * @param line its line in {@code incidents.csv}
 * @param decision the crime-recording decision, or null when the extract holds none
 * @param restricted whether need-to-know applies (a sexual offence reported or recorded, or a domestic-abuse crime)
 */
public record ImportedIncident(long importId, long itemId, String reference, long line, Instant receivedAt,
                               boolean crimeRelated, String reporterRelation, String reportedClassification,
                               Instant closedAt, int victims, Decision decision, List<Crime> crimes,
                               boolean restricted) {

    /** The incident's crime-recording decision as imported. */
    public record Decision(String kind, String noCrimeReason, String explanation, String n100Subcode,
                           String transferForce, Instant decidedAt) {
    }

    /**
     * One crime recorded from the incident as imported; {@code classificationName} is null for a code the Home Office
     * list does not hold. Outcomes and cancellations are short texts (type and date; class and status).
     */
    public record Crime(String reference, String classification, String classificationName, Instant recordedAt,
                        String status, List<String> flags, int victims, List<String> outcomes,
                        List<String> cancellations) {
    }
}
