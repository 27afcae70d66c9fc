package org.crimeledger.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crimeledger.synthetic.GeneratingTests.MONTH;
import static org.crimeledger.synthetic.GeneratingTests.TABLES;

import java.util.List;
import java.util.Map;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** The same settings give the same rows; a run that fails part way leaves none. In a database of its own. */
@DatabaseTest
@TestPropertySource(properties = {"crimeledger.test.database=synthetic-force-repeated",
        "crimeledger.demo.synthetic-incidents=0"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepeatableGenerationTests {

    @Autowired
    Generating generating;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void generateAMonth() {
        generating.generate(MONTH);
    }

    /** Empties the tables and rewinds their sequences inside the test's transaction, which is rolled back. */
    @Test
    @Transactional
    void theSameSeedAndSettingsGiveTheSameRowsInAFreshDatabase() {
        Map<String, String> first = TableDigests.of(jdbc, TABLES);
        jdbc.sql("truncate synthetic_run, " + String.join(", ", TABLES) + " cascade").update();
        // The reference counters go too (dropping a sequence is undone with the test's transaction).
        jdbc.sql("""
                do $$ declare counter text; begin
                    for counter in select name from reference_numbers.counters loop
                        execute format('drop sequence reference_numbers.%I', counter);
                    end loop;
                end $$""").update();
        for (String table : List.of("incident", "incident_update", "recording_decision", "victim", "crime", "suspect",
                "crime_reclassification", "crime_removal", "synthetic_run")) {
            jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), 1, false)").query().singleRow();
        }

        generating.generate(MONTH);

        assertThat(TableDigests.of(jdbc, TABLES)).isEqualTo(first);
    }

    @Test
    void aGenerationThatFailsPartWayLeavesNothingBehind() {
        Map<String, String> before = TableDigests.of(jdbc, TABLES);

        assertThatThrownBy(() -> generating.generate(MONTH.withIncidents(25_000), (loaded, rows) -> {
            throw new IllegalStateException("simulated crash after " + loaded + " incidents");
        })).hasMessageContaining("simulated crash after 10000 incidents");

        assertThat(TableDigests.of(jdbc, TABLES)).isEqualTo(before);
    }
}
