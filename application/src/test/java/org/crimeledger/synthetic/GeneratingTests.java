package org.crimeledger.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crimeledger.DatabaseTest;
import org.crimeledger.incidents.Channel;
import org.crimeledger.incidents.Incident;
import org.crimeledger.incidents.Incidents;
import org.crimeledger.incidents.OpenIncident;
import org.crimeledger.incidents.ReporterRelation;
import org.crimeledger.ledger.LedgerVerification;
import org.crimeledger.ledger.LedgerVerifier;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * A month of Demoshire loaded into PostgreSQL. It runs in a database of its own (the properties below
 * make a separate test context), because the thousands of incidents it loads would upset tests that
 * count the incidents in a shared one, and without the demo's own synthetic year.
 */
@DatabaseTest
@TestPropertySource(properties = {"crimeledger.test.database=synthetic-force",
        "crimeledger.demo.synthetic-incidents=0"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratingTests {

    static final SyntheticForce MONTH = SyntheticForce.demoshire().withIncidents(3_000)
            .withPeriod(LocalDate.of(2025, 4, 1), 30);
    static final List<String> TABLES = List.of("incident", "incident_update", "recording_decision", "victim",
            "crime", "suspect", "crime_reclassification", "crime_removal", "synthetic_truth");

    @Autowired
    Generating generating;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Incidents incidents;

    @Autowired
    LedgerVerifier verifier;

    GenerationReport report;

    @BeforeAll
    void generateAMonth() {
        report = generating.generate(MONTH);
    }

    @Test
    void everyRowLoadsIntoTheSchemaAndEveryTableHoldsWhatWasReported() {
        for (String table : TABLES) {
            assertThat(count("select count(*) from " + table)).as(table).isEqualTo(report.rows(table)).isPositive();
        }
        assertThat(report.rows("incident")).isEqualTo(3_000);
    }

    @Test
    void theGroundTruthAndTheRecordsTellTheSameStory() {
        Map<String, Long> broken = new LinkedHashMap<>();
        GroundTruthChecks.CHECKS.forEach((name, sql) -> broken.put(name, count(sql)));

        assertThat(broken).allSatisfy((name, rows) -> assertThat(rows).as(name).isZero());
    }

    @Test
    void theMonthHasEveryTreatmentAndEveryKindOfDecisionSoTheChecksAboveCheckSomething() {
        assertThat(jdbc.sql("select distinct treatment from synthetic_truth").query(String.class).list())
                .containsExactlyInAnyOrder(Arrays.stream(Treatment.values()).map(Enum::name).toArray(String[]::new));
        assertThat(jdbc.sql("select distinct kind from recording_decision").query(String.class).list())
                .containsExactlyInAnyOrder("CRIMES_RECORDED", "NO_CRIME", "N100", "TRANSFERRED");
        assertThat(count("select count(*) from crime where cardinality(related_classifications) > 0")).isPositive();
        assertThat(count("select count(*) from crime where victim_id is null")).isPositive();
        assertThat(count("select count(*) from synthetic_truth where victim_count > 1")).isPositive();
    }

    @Test
    void everyGeneratedRecordIsInTheLedgerAsTheSyntheticForce() {
        for (String table : TABLES.subList(0, TABLES.size() - 1)) {
            assertThat(count("select count(*) from " + table + " r where not exists (select 1 from ledger_entry e "
                    + "where e.record_type = '" + table + "' and e.record_id = r.id::text)")).as(table).isZero();
            assertThat(count("select count(*) from ledger_entry where actor = 'synthetic-force' and action = '"
                    + Generating.LEDGER_ACTION + "' and record_type = '" + table + "'"))
                    .as(table).isEqualTo(report.rows(table));
        }
    }

    @Test
    void theLedgerVerifierFindsTheChainIntactAndEveryGeneratedRecordAccountedFor() {
        LedgerVerification verification = verifier.verify();

        assertThat(verification.intact()).as(verification.summary()).isTrue();
    }

    @Test
    void theCountersStandAtTheLastReferenceGenerated() {
        assertThat(count("select count(*) from reference_numbers.counters c where c.name like 'incident_%' "
                + "and c.last_number is distinct from (select max(substr(reference, 13)::int) from incident "
                + "where substr(reference, 4, 8) = substr(c.name, 10))")).isZero();
        assertThat(count("select count(*) from reference_numbers.counters where name like 'incident_%'")).isEqualTo(30);
        assertThat(count("select last_number from reference_numbers.counters where name = 'crime_2025'"))
                .isEqualTo(count("select max(substr(reference, 9)::int) from crime where reference like 'DS/2025/%'"));
    }

    @Test
    @Transactional
    void aLiveIncidentAfterwardsTakesTheNextIdAndTheNextReferenceOfItsDay() {
        long lastId = count("select max(id) from incident");
        long lastOfTheDay = count("select last_number from reference_numbers.counters where name = 'incident_20250415'");

        Incident live = incidents.open(new OpenIncident(Instant.parse("2025-04-15T10:00:00Z"), Channel.NON_EMERGENCY_101,
                "Test Caller", ReporterRelation.VICTIM, "1 High Street, Ashcombe", null, null, "THEFT", "RESPONSE-A",
                "A bicycle was taken from outside the library."), Actor.system("test.handler", Role.CALL_HANDLER));

        assertThat(live.id()).isEqualTo(lastId + 1);
        assertThat(live.reference()).isEqualTo(String.format("DS-20250415-%05d", lastOfTheDay + 1));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
