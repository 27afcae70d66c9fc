package org.crimeledger.incidents;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An incident as recorded: every report becomes one, crime-related or not (NSIR), so that no report
 * is ever lost before its crime-recording decision.
 *
 * @param decisionStatus NOT_REQUIRED, AWAITING or DECIDED
 * @param decisionDueAt when the crime-recording decision is due; null when none is needed
 */
public record Incident(
        long id,
        String reference,
        Instant receivedAt,
        Channel channel,
        String reporterName,
        ReporterRelation reporterRelation,
        String locationText,
        BigDecimal latitude,
        BigDecimal longitude,
        String openingType,
        String teamCode,
        Instant crimeDisclosedAt,
        Instant decisionDueAt,
        String decisionStatus,
        String closingType,
        Instant closedAt,
        String openedBy,
        Instant openedAt,
        int version) {

    public boolean awaitingDecision() {
        return "AWAITING".equals(decisionStatus);
    }

    public boolean closed() {
        return closedAt != null;
    }
}
