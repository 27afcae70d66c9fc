package org.crimeledger.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.crimeledger.ForceProperties;
import org.springframework.stereotype.Component;

/**
 * Times as people in the force read them: local time, GOV.UK style ("26 November 2026, 2:05pm").
 * Pages call it as {@code ${@dates.format(instant)}}.
 */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

    private final ForceProperties force;

    Dates(ForceProperties force) {
        this.force = force;
    }

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(force.timeZone())).replace("AM", "am")
                .replace("PM", "pm");
    }

    /** A duration as hours and minutes, for delays and time left: "26 h 5 min". */
    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        Duration abs = duration.abs();
        return abs.toHours() + " h " + abs.toMinutesPart() + " min";
    }
}
