package org.crimeledger.incidents.internal;

import java.time.Duration;
import java.util.List;

import org.crimeledger.ForceProperties;
import org.crimeledger.rules.RecordingClock;
import org.crimeledger.rules.RecordingTimeLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The recording time limits are data ({@code recording_time_limit}), so older rules can be represented. */
@Configuration(proxyBeanMethods = false)
class RecordingClockConfiguration {

    @Bean
    RecordingClock recordingClock(JdbcClient jdbc, ForceProperties force) {
        List<RecordingTimeLimit> limits = jdbc.sql("select in_force_from, limit_hours, reference from recording_time_limit")
                .query((rs, row) -> new RecordingTimeLimit(rs.getDate("in_force_from").toLocalDate(),
                        Duration.ofHours(rs.getInt("limit_hours")), rs.getString("reference")))
                .list();
        return new RecordingClock(limits, force.timeZone());
    }
}
