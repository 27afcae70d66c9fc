package org.crimeledger.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a force may configure about the catalogue, and the moment it is run at.
 *
 * @param asOf the time the records are checked at: "now" for overdue decisions and future offence dates
 * @param zone the force's time zone, which decides the day a report was received
 * @param n100ResolutionPeriod how long an N100 may stay without a sub-code
 * @param significantOffendingHistory previous offences from which a penalty notice needs a second look
 * @param duplicateWindow how close two crimes of the same class against the same person must start to be duplicates
 */
public record RuleSettings(Instant asOf, ZoneId zone, Duration n100ResolutionPeriod, int significantOffendingHistory,
        Duration duplicateWindow) {

    public static final ZoneId ENGLAND_AND_WALES = ZoneId.of("Europe/London");

    public RuleSettings {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        if (significantOffendingHistory < 1) {
            throw new IllegalArgumentException("The offending-history threshold must be at least 1");
        }
    }

    /** The defaults: N100s resolved within 28 days, 5 previous offences, duplicates within 24 hours. */
    public static RuleSettings defaults(Instant asOf) {
        return new RuleSettings(asOf, ENGLAND_AND_WALES, Duration.ofDays(28), 5, Duration.ofHours(24));
    }
}
