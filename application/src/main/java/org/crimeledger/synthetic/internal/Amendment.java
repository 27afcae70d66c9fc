package org.crimeledger.synthetic.internal;

import java.time.Instant;

/**
 * A later change to the incident's first crime: a downgrade (to {@code downgradeTo}) or a cancellation
 * or transfer (on {@code ground}), proposed by an officer and approved by a registrar.
 */
public record Amendment(Offence downgradeTo, Amendments.Ground ground, String force, String reason,
        String officer, String registrar, Instant proposedAt, Instant victimToldAt, Instant decidedAt) {

    public boolean downgrade() {
        return downgradeTo != null;
    }
}
