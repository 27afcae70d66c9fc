package org.crimeledger.victims;

import java.time.Instant;

/** One contact with a victim: channel, what was said, by whom and when. */
public record Contact(long id, long victimId, Long crimeId, Long taskId, ContactChannel channel, String summary,
        String contactedBy, String contactedRole, Instant contactedAt) {
}
