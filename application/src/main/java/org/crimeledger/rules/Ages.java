package org.crimeledger.rules;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Ages at the offence, for the conditions of the domestic-abuse flag. */
final class Ages {

    private Ages() {
    }

    /** Whether the victim or suspect is known to have been under 16 when the offence began (or was recorded). */
    static boolean under16(RecordSet records, CrimeRecord crime) {
        LocalDate day = (crime.offenceFrom() == null ? crime.recordedAt() : crime.offenceFrom())
                .atZone(ZoneOffset.UTC).toLocalDate();
        boolean victimUnder16 = crime.victimIds().stream().flatMap(id -> records.victim(id).stream())
                .anyMatch(victim -> victim.dateOfBirth() != null && victim.dateOfBirth().plusYears(16).isAfter(day));
        boolean suspectUnder16 = crime.suspectDateOfBirth() != null && crime.suspectDateOfBirth().plusYears(16).isAfter(day);
        return victimUnder16 || suspectUnder16;
    }
}
