package org.crimeledger.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crimeledger.DatabaseTest;
import org.crimeledger.security.Role;
import org.crimeledger.synthetic.Generating;
import org.crimeledger.synthetic.SyntheticForce;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Three financial years of Demoshire, 2016/17, 2020/21 and 2024/25, with residential burglaries under the class
 * of the list in force when each was recorded (28A, 28E, 28I; the generator writes today's classes, so the older
 * years are relabelled as the force's system then would have recorded them). The table keeps each year's own
 * code and puts all three in one comparable series.
 */
@DatabaseTest
@TestPropertySource(properties = {"crimeledger.test.database=publication", "crimeledger.demo.synthetic-incidents=0"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedCrimeTableTests {

    @Autowired
    Generating generating;

    @Autowired
    RecordedCrimeTable table;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void generateThreeYears() {
        for (int year : List.of(2016, 2020, 2024)) {
            generating.generate(SyntheticForce.demoshire().withSeed(year).withIncidents(4_000)
                    .withPeriod(LocalDate.of(year, 4, 1), 365));
        }
        jdbc.sql("update crime set classification_code = '28A' where classification_code = '28I' and recorded_at < '2017-04-01'")
                .update();
        jdbc.sql("update crime set classification_code = '28E' where classification_code = '28I' "
                + "and recorded_at >= '2017-04-01' and recorded_at < '2023-04-01'").update();
    }

    @Test
    void eachYearKeepsItsOwnBurglaryCodeInOneComparableSeries() {
        List<RecordedCrimeTable.Row> rows = table.rows(2016, 2024);
        Map<String, String> burglaryCodeByYear = rows.stream()
                .filter(row -> List.of("28A", "28E", "28I").contains(row.offenceCode()))
                .collect(Collectors.toMap(RecordedCrimeTable.Row::financialYear, RecordedCrimeTable.Row::offenceCode));
        assertThat(burglaryCodeByYear).containsExactlyInAnyOrderEntriesOf(
                Map.of("2016/17", "28A", "2020/21", "28E", "2024/25", "28I"));
        assertThat(rows.stream().filter(row -> List.of("28A", "28E", "28I").contains(row.offenceCode()))
                .map(RecordedCrimeTable.Row::comparableSeries).distinct().toList()).hasSize(1);
        assertThat(rows).allSatisfy(row -> assertThat(row.force()).isEqualTo("DS"));
    }

    @Test
    void countsAreTheRecordedCrimesLessCancellationsAndTransfers() {
        long counted = table.rows(2016, 2024).stream().mapToLong(RecordedCrimeTable.Row::count).sum();
        long recorded = jdbc.sql("select count(*) from crime where status not in ('CANCELLED', 'TRANSFERRED')")
                .query(Long.class).single();
        long removed = jdbc.sql("select count(*) from crime where status in ('CANCELLED', 'TRANSFERRED')")
                .query(Long.class).single();
        assertThat(counted).isEqualTo(recorded);
        assertThat(removed).as("the generated years include cancellations, so leaving them out is tested").isPositive();
        assertThat(table.rows(2020, 2020)).allSatisfy(row -> assertThat(row.financialYear()).isEqualTo("2020/21"));
    }

    @Test
    void theCsvHasTheOpenDataColumns() throws Exception {
        mvc.perform(get("/api/v1/publication/recorded-crime.csv").param("from", "2016").param("to", "2024")
                        .with(user("someone").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.startsWith(
                        "force,financial_year,offence_code,offence,offence_group,comparable_series,count")))
                .andExpect(content().string(Matchers.containsString("DS,2016/17,28A,")));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CALL_HANDLER", "OFFICER", "SUPERVISOR", "VICTIM_SERVICE", "ADMIN"})
    void rolesWithoutTheNeedMayNotReadIt(Role role) throws Exception {
        mvc.perform(get("/api/v1/publication/recorded-crime").param("from", "2016").param("to", "2024")
                .with(user("someone").roles(role.name()))).andExpect(status().isForbidden());
    }

    @Test
    void aYearOutOfRangeIsAProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/publication/recorded-crime").param("from", "1990").param("to", "2024")
                        .with(user("someone").roles("PCC")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
