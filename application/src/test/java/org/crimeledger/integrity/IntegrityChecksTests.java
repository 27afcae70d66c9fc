package org.crimeledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.crimeledger.DatabaseTest;
import org.crimeledger.security.Role;
import org.crimeledger.synthetic.Generating;
import org.crimeledger.synthetic.RecordingPractice;
import org.crimeledger.synthetic.SyntheticForce;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two years of Demoshire in which response team B downgrades half the crimes that have a less serious class to
 * go to, against 2% in the rest of the force (recorded as Kent was in 2013 otherwise; only a crime whose class
 * has a lesser neighbour can be downgraded, so about 7% of team B's crimes against under 1% of the others'):
 * the checks must point at team B's downgrades and not at team A,
 * which works the other shift on the same kind of calls. Its own database, so its counts are its alone.
 */
@DatabaseTest
@TestPropertySource(properties = {"crimeledger.test.database=integrity", "crimeledger.demo.synthetic-incidents=0"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrityChecksTests {

    private static final YearMonth AS_OF = YearMonth.of(2020, 12);

    @Autowired
    Generating generating;

    @Autowired
    IntegrityChecks checks;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void generateAForceWithOneTeamDowngrading() {
        RecordingPractice kent = RecordingPractice.kent2013();
        RecordingPractice downgrading = new RecordingPractice(kent.underRecordingByGroup(), kent.underRecordingOtherwise(),
                kent.lateDecision(), 0.5, kent.wrongfulCancellation(), kent.rightfulCancellation());
        generating.generate(SyntheticForce.demoshire().withIncidents(30_000).withPeriod(LocalDate.of(2019, 1, 1), 731)
                .withTeamPractice("RESPONSE-B", downgrading));
    }

    @Test
    void theDowngradingTeamIsFlaggedAndItsCounterpartIsNot() {
        IntegrityReport report = checks.run(AS_OF);
        List<Finding> downgrades = report.indicator(Indicator.DOWNGRADES).alerts();

        assertThat(downgrades).extracting(Finding::unit).contains("RESPONSE-B").doesNotContain("RESPONSE-A");
        Finding found = downgrades.stream().filter(f -> f.unit().equals("RESPONSE-B") && f.check() == Finding.Check.FUNNEL)
                .findFirst().orElseThrow();
        assertThat(found.signal().direction()).isEqualTo(org.crimeledger.statistics.Signal.Direction.HIGH);
        assertThat(found.qValue()).isLessThan(0.05);
        assertThat(found.explanation()).startsWith("Team RESPONSE-B downgrades more crimes than the rest of the force");
        TeamLine teamB = report.indicator(Indicator.DOWNGRADES).teams().stream()
                .filter(team -> team.unit().equals("RESPONSE-B")).findFirst().orElseThrow();
        TeamLine teamA = report.indicator(Indicator.DOWNGRADES).teams().stream()
                .filter(team -> team.unit().equals("RESPONSE-A")).findFirst().orElseThrow();
        assertThat(teamB.proportion()).isGreaterThan(2 * teamA.proportion());
    }

    @Test
    void everyTeamHasTwoYearsOfRecordedCrimeAndTheCountsAddUp() {
        IndicatorView recorded = checks.run(AS_OF).indicator(Indicator.RECORDED_CRIME);
        assertThat(recorded.teams()).extracting(TeamLine::unit).contains("RESPONSE-A", "RESPONSE-B");
        for (TeamLine team : recorded.teams()) {
            assertThat(team.monthlyEvents()).hasSize(IntegrityChecks.SERIES);
            assertThat(team.monthlyEvents().subList(12, 24).stream().mapToLong(Long::longValue).sum()).isEqualTo(team.events());
        }
    }

    @Test
    void aPeriodWithNoRecordsIsNotEnoughDataNotAnAlarm() {
        IntegrityReport empty = checks.run(YearMonth.of(2005, 6));
        assertThat(empty.alerts()).isEmpty();
        assertThat(empty.testsRun()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CRIME_REGISTRAR", "ANALYST", "AUDITOR", "PCC"})
    void theDashboardShowsTheFunnelsAndTheAlert(Role role) throws Exception {
        mvc.perform(get("/integrity").param("month", AS_OF.toString()).with(user("someone").roles(role.name())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Integrity signatures")))
                .andExpect(content().string(containsString("<title id=\"funnel-downgrades-title\">")))
                .andExpect(content().string(containsString("RESPONSE-B (alert)")));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CALL_HANDLER", "OFFICER", "SUPERVISOR", "VICTIM_SERVICE", "ADMIN"})
    void rolesWithoutTheNeedMayNotSeeIt(Role role) throws Exception {
        mvc.perform(get("/integrity").with(user("someone").roles(role.name()))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/integrity").with(user("someone").roles(role.name()))).andExpect(status().isForbidden());
    }

    @Test
    void aBadMonthIsAProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/integrity").param("month", "2020-13").with(user("someone").roles("ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("month"));
    }
}
