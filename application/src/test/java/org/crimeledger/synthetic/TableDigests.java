package org.crimeledger.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** An MD5 of every row of each table in key order, with the counters and the run: equal digests, equal contents. */
final class TableDigests {

    private TableDigests() {
    }

    static Map<String, String> of(JdbcClient jdbc, List<String> tables) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : tables) {
            digests.put(table, digest(jdbc, table, table.equals("synthetic_truth") ? "incident_id" : "id"));
        }
        digests.put("reference_numbers.counters", digest(jdbc, "reference_numbers.counters", "name"));
        digests.put("synthetic_run", digest(jdbc, "synthetic_run", "id"));
        return digests;
    }

    private static String digest(JdbcClient jdbc, String table, String key) {
        return jdbc.sql("select md5(coalesce(string_agg(t::text, E'\\n' order by " + key + "), '')) from " + table + " t")
                .query(String.class).single();
    }
}
