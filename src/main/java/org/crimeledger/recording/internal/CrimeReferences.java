package org.crimeledger.recording.internal;

import java.time.Instant;

import org.crimeledger.ForceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Crime references such as {@code DS/2026/000123}: force code, year recorded, number within the year. */
@Component
public class CrimeReferences {

    private final JdbcClient jdbc;
    private final ForceProperties force;

    CrimeReferences(JdbcClient jdbc, ForceProperties force) {
        this.jdbc = jdbc;
        this.force = force;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(Instant recordedAt) {
        int year = recordedAt.atZone(force.timeZone()).getYear();
        int number = jdbc.sql("""
                insert into crime_reference_counter (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = crime_reference_counter.last_number + 1
                returning last_number""")
                .param("year", year)
                .query(Integer.class)
                .single();
        return String.format("%s/%d/%06d", force.code(), year, number);
    }
}
