package org.crimeledger.standards;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An applied reference list: the built-in table (no financial year) or an imported Home Office notifiable
 * offence list, in force from the first day of its financial year until the next imported year starts.
 */
public record ReferenceVersion(
        int id,
        String financialYear,
        LocalDate inForceFrom,
        String source,
        String sourceSha256,
        Instant appliedAt,
        String appliedBy,
        int classCount,
        int currentOffenceCount,
        String summary,
        Instant rolledBackAt,
        String rolledBackBy) {

    public boolean builtIn() {
        return financialYear == null;
    }

    public boolean rolledBack() {
        return rolledBackAt != null;
    }
}
