package org.crimeledger.victims;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A victim's latest needs assessment and what it changed: the enhanced-rights criteria that now apply and
 * how many open tasks were brought forward to the enhanced limits.
 */
public record NeedsAssessment(long victimId, Set<VictimFlag> flags, String note, String assessedBy, Instant assessedAt,
        List<String> enhancedRights, int tasksBroughtForward) {
}
