package org.crimeledger.rules;

import java.time.Duration;

/** Durations as a finding states them: "3 days 4 hours", "25 hours", "40 minutes". */
final class Durations {

    private Durations() {
    }

    static String words(Duration duration) {
        long hours = duration.toHours();
        if (hours >= 72) {
            return duration.toDays() + " days " + duration.toHoursPart() + " hours";
        }
        return hours > 0 ? hours + " hours " + duration.toMinutesPart() + " minutes" : duration.toMinutes() + " minutes";
    }
}
