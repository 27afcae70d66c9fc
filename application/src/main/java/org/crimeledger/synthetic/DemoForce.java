package org.crimeledger.synthetic;

import java.time.Clock;
import java.time.LocalDate;

import org.crimeledger.ForceProperties;
import org.crimeledger.database.OnEmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the embedded demo a year of Demoshire to look at: on first start (no incidents yet) it generates
 * the year up to today, in the background so the service is usable at once. A deployment on a server never
 * gets it; {@code crimeledger.demo.synthetic-incidents=0} turns it off (tests do).
 */
@Component
@OnEmbeddedDatabase
@ConditionalOnProperty(name = "crimeledger.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoForce {

    private static final Logger log = LoggerFactory.getLogger(DemoForce.class);

    private final Generating generating;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ForceProperties force;
    private final int incidents;
    private final ApplicationEventPublisher events;

    DemoForce(Generating generating, JdbcClient jdbc, Clock clock, ForceProperties force,
            @Value("${crimeledger.demo.synthetic-incidents:30000}") int incidents, ApplicationEventPublisher events) {
        this.generating = generating;
        this.jdbc = jdbc;
        this.clock = clock;
        this.force = force;
        this.incidents = incidents;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void generateOnFirstStart() {
        if (incidents <= 0) {
            log.info("Demo mode: no synthetic force (crimeledger.demo.synthetic-incidents={})", incidents);
            return;
        }
        if (jdbc.sql("select exists (select 1 from incident)").query(Boolean.class).single()) {
            log.info("Demo mode: incidents already exist, so no synthetic force is generated");
            return;
        }
        LocalDate today = clock.instant().atZone(force.timeZone()).toLocalDate();
        SyntheticForce year = SyntheticForce.demoshire().withIncidents(incidents).withPeriod(today.minusDays(365), 365);
        Thread thread = new Thread(() -> generate(year), "demo-synthetic-force");
        thread.setDaemon(true);
        thread.start();
    }

    private void generate(SyntheticForce year) {
        log.info("Demo mode: generating the synthetic force Demoshire in the background, {} incidents from {} "
                + "to yesterday", year.incidents(), year.start());
        try {
            GenerationReport report = generating.generate(year);
            log.info("Demo mode: synthetic force generated, {} crimes recorded:\n{}", report.rows("crime"),
                    report.summary());
            events.publishEvent(new SyntheticForceGenerated(report.rows("crime")));
        } catch (RuntimeException e) {
            log.warn("Demo mode: the synthetic force could not be generated; nothing was loaded", e);
        }
    }
}
