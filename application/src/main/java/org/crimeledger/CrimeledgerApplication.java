package org.crimeledger;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/**
 * The Spring application: one module per capability, each a top-level package beside this class.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = {"web", "security", "database"})
public class CrimeledgerApplication {

    /** The one source of time, so tests can move the clock (the 24-hour rule, deadlines, breaches). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
