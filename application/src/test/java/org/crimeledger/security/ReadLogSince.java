package org.crimeledger.security;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read log (personal_data_access) as tests check it: take a mark, do something, then list what one person's
 * reads since the mark logged, so rows other tests wrote in the shared database do not count.
 */
public record ReadLogSince(JdbcClient jdbc, long mark) {

    /** A mark at the newest row of the read log: rows after it were written by what the test does next. */
    public static ReadLogSince now(JdbcClient jdbc) {
        return new ReadLogSince(jdbc,
                jdbc.sql("select coalesce(max(id), 0) from personal_data_access").query(Long.class).single());
    }

    /** What this person's reads since the mark logged, oldest first: "type reference purpose". */
    public List<String> of(String actor) {
        return jdbc.sql("""
                select record_type || ' ' || record_id || ' ' || purpose from personal_data_access
                where id > :mark and actor = :actor order by id""")
                .param("mark", mark).param("actor", actor).query(String.class).list();
    }
}
