package org.crimeledger.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.exchange.FileImport;
import org.crimeledger.exchange.ImportProgress;
import org.crimeledger.exchange.PoliceUkImport;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.crimeledger.synthetic.Generating;
import org.crimeledger.synthetic.SyntheticForce;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * Three months of a generated Demoshire published in data.police.uk shapes: every live crime and anti-social
 * behaviour incident once, at an anonymisation point, under a stable Crime ID; the files import back through the
 * data.police.uk importer with the same counts by category and month (the round trip); the police.uk-shaped API
 * answers within its limits; each published count leads back to exactly its records, restricted ones only to
 * those who may see them.
 */
@DatabaseTest
@TestPropertySource(properties = {"crimeledger.test.database=published-records", "crimeledger.demo.synthetic-incidents=0",
        "crimeledger.publication.crime-id-secret=a-test-only-secret-of-at-least-32-characters"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedRecordsTests {

    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2),
            YearMonth.of(2025, 3));

    @Autowired
    Generating generating;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PoliceUkImport importer;

    @Autowired
    Ledger ledger;

    @Autowired
    PlatformTransactionManager transactionManager;

    Set<String> snapPoints;

    @BeforeAll
    void generateAQuarterWithOutcomes() throws Exception {
        generating.generate(SyntheticForce.demoshire().withSeed(2025).withIncidents(3_000)
                .withPeriod(LocalDate.of(2025, 1, 1), 90).withoutOutcomes());
        // Every fourth crime of January charged in February, every seventh given a caution in March.
        jdbc.sql("""
                insert into crime_outcome (crime_id, outcome_type_code, reason, status, proposed_by, proposed_role,
                    proposed_at, applied_at)
                select id, case when id % 4 = 0 then '1' else '3' end, 'test', 'APPLIED', 'test', 'OFFICER',
                    case when id % 4 = 0 then timestamptz '2025-02-10 12:00Z' else timestamptz '2025-03-10 12:00Z' end,
                    case when id % 4 = 0 then timestamptz '2025-02-10 12:00Z' else timestamptz '2025-03-10 12:00Z' end
                from crime where recorded_at < '2025-01-31' and (id % 4 = 0 or id % 7 = 0)
                    and status not in ('CANCELLED', 'TRANSFERRED')""").update();
        // written as a migrated record would be, then given its ledger entries, so the ledger still verifies
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> ledger.adoptUnledgered(
                "crime_outcome", Actor.system("test", Role.OFFICER), "OutcomeApplied"));
        snapPoints = new HashSet<>();
        try (CSVParser points = CSVParser.builder().setReader(new java.io.InputStreamReader(
                new ClassPathResource("publication/demoshire-snap-points.csv").getInputStream()))
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord point : points) {
                snapPoints.add(point.get("longitude") + "," + point.get("latitude"));
            }
        }
    }

    private String file(String name) throws Exception {
        return mvc.perform(get("/api/v1/publication/police-uk/files/" + name)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static List<CSVRecord> rows(String csv) throws Exception {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv))
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        }
    }

    @Test
    void theStreetFileHoldsEveryLiveCrimeOnceAtAnAnonymisationPointUnderAStableId() throws Exception {
        String csv = file("2025-01-street.csv");
        List<CSVRecord> rows = rows(csv);
        long crimes = jdbc.sql("select count(*) from crime where status not in ('CANCELLED', 'TRANSFERRED') "
                + "and (recorded_at at time zone 'Europe/London') >= '2025-01-01' "
                + "and (recorded_at at time zone 'Europe/London') < '2025-02-01'").query(Long.class).single();
        long antiSocial = jdbc.sql("select count(*) from incident i join incident_type t on t.code = i.opening_type "
                + "where t.category = 'ANTI_SOCIAL_BEHAVIOUR' and (received_at at time zone 'Europe/London') >= '2025-01-01' "
                + "and (received_at at time zone 'Europe/London') < '2025-02-01'").query(Long.class).single();

        assertThat(crimes).isGreaterThan(100);
        assertThat(antiSocial).isPositive();
        assertThat(rows.stream().filter(row -> !row.get("Crime ID").isEmpty()).count()).isEqualTo(crimes);
        assertThat(rows.stream().filter(row -> row.get("Crime ID").isEmpty())
                .allMatch(row -> row.get("Crime type").equals("Anti-social behaviour"))).isTrue();
        assertThat(rows.stream().filter(row -> row.get("Crime ID").isEmpty()).count()).isEqualTo(antiSocial);
        Set<String> ids = new HashSet<>();
        for (CSVRecord row : rows) {
            if (!row.get("Crime ID").isEmpty()) {
                assertThat(row.get("Crime ID")).matches("[0-9a-f]{64}");
                assertThat(ids.add(row.get("Crime ID"))).as("Crime IDs are unique").isTrue();
            }
            if (!row.get("Longitude").isEmpty()) {
                assertThat(snapPoints).as("every location is an anonymisation point")
                        .contains(row.get("Longitude") + "," + row.get("Latitude"));
                assertThat(row.get("Location")).startsWith("On or near ");
            } else {
                assertThat(row.get("Location")).isEqualTo("No Location");
            }
            assertThat(row.get("Month")).isEqualTo("2025-01");
            assertThat(row.get("Falls within")).isEqualTo("Demoshire Police");
        }
        List<String> references = jdbc.sql("select reference from crime limit 50").query(String.class).list();
        assertThat(references).noneMatch(csv::contains);
        assertThat(file("2025-01-street.csv")).as("the same file again: stable IDs").isEqualTo(csv);
        assertThat(rows.get(0).toMap().keySet()).containsExactlyElementsOf(
                List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location",
                        "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context"));
    }

    @Test
    void exportedFilesImportBackWithTheSameCountsByCategoryAndMonth(@TempDir Path folder) throws Exception {
        for (YearMonth month : MONTHS) {
            Files.writeString(folder.resolve(month + "-demoshire-street.csv"), file(month + "-street.csv"));
            Files.writeString(folder.resolve(month + "-demoshire-outcomes.csv"), file(month + "-outcomes.csv"));
        }

        List<FileImport> imported = importer.importFiles(List.of(folder), "test", ImportProgress.NONE);

        assertThat(imported).hasSize(6).allSatisfy(result -> {
            assertThat(result.status()).isIn(FileImport.Status.LOADED, FileImport.Status.ALREADY_IMPORTED);
            assertThat(result.rowsRejected()).isZero();
        });
        List<Long> ids = imported.stream().map(FileImport::importId).toList();
        Map<String, Long> importedStreet = counts("""
                select to_char(month, 'YYYY-MM') || ' ' || category_slug as key, count(*) as n
                from police_uk_street_crime where import_id in (:ids) group by 1""", ids);
        Map<String, Long> recorded = counts("""
                select to_char(at at time zone 'Europe/London', 'YYYY-MM') || ' ' || category as key, count(*) as n from (
                    select c.recorded_at as at, oc.police_uk_category_slug as category
                    from crime c join offence_classification oc on oc.code = c.classification_code
                    where c.status not in ('CANCELLED', 'TRANSFERRED')
                    union all
                    select i.received_at, 'anti-social-behaviour' from incident i
                    join incident_type t on t.code = i.opening_type where t.category = 'ANTI_SOCIAL_BEHAVIOUR') r
                where at >= timestamptz '2025-01-01 00:00 Europe/London' and at < timestamptz '2025-04-01 00:00 Europe/London'
                group by 1""", List.of());
        assertThat(importedStreet).isEqualTo(recorded).hasSizeGreaterThan(10);

        Map<String, Long> importedOutcomes = counts("""
                select to_char(month, 'YYYY-MM') || ' ' || outcome_code as key, count(*) as n
                from police_uk_outcome where import_id in (:ids) group by 1""", ids);
        Map<String, Long> given = counts("""
                select to_char(co.applied_at at time zone 'Europe/London', 'YYYY-MM') || ' ' || ot.police_uk_outcome_code
                    as key, count(*) as n
                from crime_outcome co join outcome_type ot on ot.code = co.outcome_type_code
                join crime c on c.id = co.crime_id
                where co.status = 'APPLIED' and c.status not in ('CANCELLED', 'TRANSFERRED')
                    and co.applied_at >= timestamptz '2025-01-01 00:00 Europe/London'
                    and co.applied_at < timestamptz '2025-04-01 00:00 Europe/London'
                group by 1""", List.of());
        assertThat(importedOutcomes).isEqualTo(given).containsKeys("2025-02 charged");
        assertThat(jdbc.sql("""
                select count(*) from police_uk_outcome o where o.import_id in (:ids) and not exists (
                    select 1 from police_uk_street_crime s where s.import_id in (:ids) and s.crime_id = o.crime_id)""")
                .param("ids", ids).query(Long.class).single()).as("every outcome joins its crime by Crime ID").isZero();
    }

    private Map<String, Long> counts(String sql, List<Long> ids) {
        var statement = jdbc.sql(sql);
        if (!ids.isEmpty()) {
            statement = statement.param("ids", ids);
        }
        Map<String, Long> counts = new TreeMap<>();
        statement.query((rs, n) -> counts.put(rs.getString("key"), rs.getLong("n"))).list();
        return counts;
    }

    @Test
    void theApiFindsCrimesWithinAMileOfAPointAndTheOutcomesOfACrime() throws Exception {
        List<CSVRecord> rows = rows(file("2025-01-street.csv"));
        Set<String> chargedInFebruary = new HashSet<>();
        rows(file("2025-02-outcomes.csv")).stream().filter(row -> row.get("Outcome type").equals("Suspect charged"))
                .forEach(row -> chargedInFebruary.add(row.get("Crime ID")));
        assertThat(rows).as("the street file gives the last outcome as at the month's end")
                .noneMatch(row -> row.get("Last outcome category").equals("Suspect charged"));
        CSVRecord charged = rows.stream().filter(row -> chargedInFebruary.contains(row.get("Crime ID"))
                && !row.get("Longitude").isEmpty()).findFirst().orElseThrow();

        String near = mvc.perform(get("/api/v1/publication/police-uk/crimes-street/all-crime")
                .param("lat", charged.get("Latitude")).param("lng", charged.get("Longitude")).param("date", "2025-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> found = JsonPath.read(near, "$[*].persistent_id");
        assertThat(found).contains(charged.get("Crime ID"));
        assertThat(found.size()).isLessThan(rows.size());
        List<String> latitudes = JsonPath.read(near, "$[*].location.latitude");
        assertThat(latitudes).as("as strings, as police.uk gives them").allMatch(latitude ->
                Math.abs(Double.parseDouble(latitude) - Double.parseDouble(charged.get("Latitude"))) < 0.015);

        String outcomes = mvc.perform(get("/api/v1/publication/police-uk/outcomes-for-crime/" + charged.get("Crime ID")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(outcomes, "$.outcomes[*].category.code")).containsExactly("charged");
        assertThat((String) JsonPath.read(outcomes, "$.outcomes[0].date")).isEqualTo("2025-02");
        assertThat((String) JsonPath.read(outcomes, "$.crime.persistent_id")).isEqualTo(charged.get("Crime ID"));

        List<String> dates = JsonPath.read(mvc.perform(get("/api/v1/publication/police-uk/crimes-street-dates"))
                .andReturn().getResponse().getContentAsString(), "$[*].date");
        assertThat(dates).contains("2025-01", "2025-02", "2025-03");
        mvc.perform(get("/api/v1/publication/police-uk/crimes-no-location").param("date", "2025-13"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/publication/police-uk/crimes-no-location")
                .param("date", YearMonth.now().toString())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/publication/police-uk/outcomes-for-crime/" + "0".repeat(64)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPublishedCountLeadsBackToExactlyItsRecordsAndRestrictedOnesOnlyToThoseWhoMaySeeThem() throws Exception {
        List<CSVRecord> rows = rows(file("2025-01-street.csv"));
        long published = rows.stream().filter(row -> row.get("Crime type").equals("Violence and sexual offences")).count();
        String analyst = TestUsers.ensure(accounts, Role.ANALYST);
        String registrar = TestUsers.ensure(accounts, Role.CRIME_REGISTRAR);

        String forAnalyst = mvc.perform(get("/api/v1/publication/trace/street-level").param("month", "2025-01")
                .param("category", "violent-crime").with(httpBasic(analyst, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long logBefore = jdbc.sql("select count(*) from personal_data_access").query(Long.class).single();
        String forRegistrar = mvc.perform(get("/api/v1/publication/trace/street-level").param("month", "2025-01")
                .param("category", "violent-crime").with(httpBasic(registrar, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(published).isPositive();
        assertThat(((Number) JsonPath.read(forAnalyst, "$.count")).longValue()).isEqualTo(published);
        List<String> analystSees = JsonPath.read(forAnalyst, "$.references");
        long hidden = ((Number) JsonPath.read(forAnalyst, "$.restrictedNotListed")).longValue();
        assertThat(analystSees.size() + hidden).isEqualTo(published);
        assertThat(hidden).as("domestic abuse among the violent crimes").isPositive();
        List<String> registrarSees = JsonPath.read(forRegistrar, "$.references");
        assertThat(registrarSees).hasSize((int) published).containsAll(analystSees);
        assertThat(jdbc.sql("select count(*) from personal_data_access").query(Long.class).single() - logBefore)
                .as("each restricted record listed is logged").isEqualTo(hidden);
        assertThat(jdbc.sql("select count(*) from crime c join offence_classification oc on oc.code = c.classification_code "
                + "where c.reference in (:refs) and oc.police_uk_category_slug = 'violent-crime'")
                .param("refs", registrarSees).query(Long.class).single()).isEqualTo(published);

        mvc.perform(get("/api/v1/publication/trace/street-level").param("month", "2025-01")
                .with(httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/publication/trace/street-level").param("month", YearMonth.now().toString())
                .with(httpBasic(analyst, TestUsers.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/publication/trace").param("month", "2025-01").param("category", "burglary")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(analyst).roles("ANALYST"))).andExpect(status().isOk());
    }

    @Test
    void theApiAnswers429WithRetryAfterBeyondItsRateForOneClient() throws Exception {
        MockHttpServletResponse refused = null;
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 200 && refused == null; i++) {
            MockHttpServletResponse response = mvc.perform(get("/api/v1/publication/police-uk/crime-categories")
                    .with(request -> {
                        request.setRemoteAddr("192.0.2.77");
                        return request;
                    })).andReturn().getResponse();
            statuses.add(response.getStatus());
            if (response.getStatus() == 429) {
                refused = response;
            }
        }
        assertThat(refused).as("refused within 200 quick requests: %s", statuses).isNotNull();
        assertThat(statuses.subList(0, 30)).as("a burst of 30 is allowed").containsOnly(200);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isPositive();
        assertThat(refused.getContentType()).contains("application/problem+json");
        mvc.perform(get("/api/v1/publication/police-uk/crime-categories").with(request -> {
            request.setRemoteAddr("192.0.2.78");
            return request;
        })).andExpect(status().isOk());
    }
}
