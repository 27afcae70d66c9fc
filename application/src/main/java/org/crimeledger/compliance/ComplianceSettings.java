package org.crimeledger.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.crimeledger.rules.RuleSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The force's configuration of the catalogue, from {@code crimeledger.compliance.*} properties. */
@Component
public class ComplianceSettings {

    private final Clock clock;
    private final ZoneId zone;
    private final int n100Days;
    private final int offendingHistory;
    private final int duplicateHours;

    ComplianceSettings(Clock clock, @Value("${crimeledger.force.time-zone:Europe/London}") ZoneId zone,
            @Value("${crimeledger.compliance.n100-days:28}") int n100Days,
            @Value("${crimeledger.compliance.offending-history:5}") int offendingHistory,
            @Value("${crimeledger.compliance.duplicate-hours:24}") int duplicateHours) {
        this.clock = clock;
        this.zone = zone;
        this.n100Days = n100Days;
        this.offendingHistory = offendingHistory;
        this.duplicateHours = duplicateHours;
    }

    /** The settings for a check made now. */
    public RuleSettings now() {
        return new RuleSettings(clock.instant(), zone, Duration.ofDays(n100Days), offendingHistory,
                Duration.ofHours(duplicateHours));
    }
}
