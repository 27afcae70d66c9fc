package org.crimeledger.victims;

import java.time.Instant;

/**
 * How and how often a victim wants to hear about their case, agreed at the start of the investigation
 * (Victims' Code right 6).
 */
public record ContactPreference(long victimId, ContactChannel channel, String frequency, boolean safeToLeaveMessages,
        String notes, String updatedBy, Instant updatedAt) {

    public static final java.util.List<String> FREQUENCIES = java.util.List.of("EACH_KEY_DECISION", "WEEKLY",
            "FORTNIGHTLY", "MONTHLY");
}
