package org.crimeledger.synthetic.internal;

import java.time.Instant;
import java.util.List;

import org.crimeledger.synthetic.Treatment;

/**
 * The truth of one report and what the force did with it.
 *
 * @param crimes the crimes the rules require, empty when none should be recorded
 * @param victims the people the report says were harmed; victim records exist only where crimes were recorded
 * @param deadline when the crime-recording decision is due, or null when none is needed
 * @param decision the crime-recording decision, or null when none was needed or it is still awaited
 * @param amendment a later downgrade or cancellation of the first crime, or null
 */
public record Verdict(List<TrueCrime> crimes, List<Person> victims, Treatment treatment, Instant deadline,
        Decision decision, Amendment amendment, boolean late) {

    static Verdict notCrimeRelated(List<Person> people) {
        return new Verdict(List.of(), people, Treatment.NOT_CRIME_RELATED, null, null, null, false);
    }

    public boolean shouldRecord() {
        return !crimes.isEmpty();
    }

    public boolean crimesRecorded() {
        return decision != null && decision.recordsCrimes();
    }

    /** Victims the rules count: those of the crimes that should have been recorded. */
    public int victimCount() {
        return shouldRecord() ? (int) crimes.stream().filter(TrueCrime::hasVictim).count() : 0;
    }
}
