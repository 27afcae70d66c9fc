package org.crimeledger;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The force this installation serves.
 *
 * @param code prefix of incident and crime references, for example {@code DS} in {@code DS-20261126-00042}
 * @param name the force's name as shown to people
 * @param timeZone the force's local time, which decides a report's date and the rule in force on it
 */
@ConfigurationProperties("crimeledger.force")
public record ForceProperties(
        @DefaultValue("DS") String code,
        @DefaultValue("Demoshire Police") String name,
        @DefaultValue("Europe/London") ZoneId timeZone) {

    public ForceProperties {
        if (!code.matches("[A-Z]{2,4}")) {
            throw new IllegalArgumentException("crimeledger.force.code must be 2 to 4 capital letters, got " + code);
        }
    }
}
