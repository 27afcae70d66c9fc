package org.crimeledger.victims;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One Victims' Code entitlement owed to one victim, with the working day it is due.
 *
 * @param crimeReference null for a decision not to record, which has no crime
 */
public record VictimTask(long id, Entitlement entitlement, String entitlementName, Long crimeId, String crimeReference,
        long incidentId, Long victimId, boolean restricted, boolean enhanced, String reason, Instant openedAt,
        LocalDate dueOn, String status, Instant closedAt, String closedBy, String closingNote) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean overdueOn(LocalDate today) {
        return open() && dueOn.isBefore(today);
    }
}
