package org.crimeledger.recording.internal;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.crimeledger.ForceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crime references such as {@code DS/2026/000123}: force code, year recorded, number within the year.
 * A decision's numbers are reserved together in a short transaction of their own before the decision is
 * written, so the year's counter is not locked while the decision is made; unused numbers leave gaps.
 */
@Component
public class CrimeReferences {

    private final JdbcClient jdbc;
    private final ForceProperties force;

    CrimeReferences(JdbcClient jdbc, ForceProperties force) {
        this.jdbc = jdbc;
        this.force = force;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<String> reserve(Instant recordedAt, int count) {
        if (count == 0) {
            return List.of();
        }
        int year = recordedAt.atZone(force.timeZone()).getYear();
        int last = jdbc.sql("""
                insert into crime_reference_counter (year, last_number) values (:year, :count)
                on conflict (year) do update set last_number = crime_reference_counter.last_number + :count
                returning last_number""")
                .param("year", year)
                .param("count", count)
                .query(Integer.class)
                .single();
        return IntStream.rangeClosed(last - count + 1, last)
                .mapToObj(number -> String.format("%s/%d/%06d", force.code(), year, number))
                .toList();
    }
}
