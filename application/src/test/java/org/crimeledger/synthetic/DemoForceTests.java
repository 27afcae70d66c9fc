package org.crimeledger.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The embedded demo's first start: a year of Demoshire up to today, in the background, once. */
@DatabaseTest
@TestPropertySource(properties = "crimeledger.demo.synthetic-incidents=500")
class DemoForceTests {

    @Autowired
    DemoForce demoForce;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theFirstStartGeneratesAYearUpToTodayAndLaterStartsLeaveItAlone() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (incidents() < 500 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(incidents()).isEqualTo(500);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        Instant last = jdbc.sql("select max(received_at) from incident").query(Instant.class).single();
        assertThat(last.atZone(ZoneId.of("Europe/London")).toLocalDate()).isBefore(today).isAfter(today.minusDays(30));

        demoForce.generateOnFirstStart();
        Thread.sleep(500);

        assertThat(incidents()).isEqualTo(500);
        assertThat(jdbc.sql("select count(*) from synthetic_run").query(Long.class).single()).isEqualTo(1);
    }

    private long incidents() {
        return jdbc.sql("select count(*) from incident").query(Long.class).single();
    }
}
