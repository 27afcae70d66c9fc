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
import org.crimeledger.synthetic.OutcomeGaming;
import org.crimeledger.synthetic.RecordingPractice;
import org.crimeledger.synthetic.SyntheticForce;
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
        // Outcomes as the generator writes them, response team B turning to penalty notices: none at first, three in
        // five by the end. And one officer with an account, so a display name exists to leak.
        generating.generate(SyntheticForce.demoshire().withIncidents(30_000).withPeriod(LocalDate.of(2019, 1, 1), 731)
                .withTeamPractice("RESPONSE-B", downgrading)
                .withTeamOutcomeGaming("RESPONSE-B", new OutcomeGaming(0, 0, 0.6, 0))
                // and the public protection unit closing half its domestic abuse as "victim does not support"
                .withTeamOutcomeGaming("PPU", new OutcomeGaming(0, 0, 0, 0.5)));
        officer = jdbc.sql("select recorded_by from crime group by recorded_by order by count(*) desc limit 1")
                .query(String.class).single();
        jdbc.sql("insert into users (username, password, enabled, display_name) values (?, 'x', true, ?)")
                .params(officer, OFFICER_DISPLAY_NAME).update();
        usernames = jdbc.sql("""
                select decided_by from recording_decision union select recorded_by from crime
                union select proposed_by from crime_outcome""").query(String.class).list();
    }

    private static final String OFFICER_DISPLAY_NAME = "Constable Alice Example";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfficerPseudonyms pseudonyms;

    private String officer;
    private List<String> usernames;

    @Test
    void theTeamTurningToEasyOutcomesIsFlagged() {
        List<Finding> easy = checks.run(AS_OF).indicator(Indicator.EASY_OUTCOMES).alerts();
        assertThat(easy).extracting(Finding::unit).contains("RESPONSE-B").doesNotContain("RESPONSE-A");
    }

    @Test
    void theTeamClosingDomesticAbuseAsVictimDoesNotSupportIsFlagged() {
        IndicatorView view = checks.run(AS_OF).indicator(Indicator.VICTIM_DOES_NOT_SUPPORT);
        assertThat(view.alerts()).extracting(Finding::unit).contains("PPU").doesNotContain("RESPONSE-A", "RESPONSE-B");
        assertThat(view.alerts()).filteredOn(alert -> alert.unit().equals("PPU")).extracting(Finding::explanation)
                .anyMatch(text -> text.startsWith("Team PPU closes more domestic abuse as \"victim does not support\""));
        // Exactly the outcomes of crimes flagged as domestic abuse in the twelve months (January to December in London
        // are GMT), far fewer than all outcomes.
        long domesticAbuse = jdbc.sql("""
                select count(*) from crime_outcome o join crime c on c.id = o.crime_id
                where o.status = 'APPLIED' and 'DOMESTIC_ABUSE' = any (c.flags)
                  and o.applied_at >= timestamptz '2020-01-01 00:00:00+00' and o.applied_at < timestamptz '2021-01-01 00:00:00+00'
                """).query(Long.class).single();
        assertThat(view.trials()).isPositive().isLessThan(checks.run(AS_OF).indicator(Indicator.EASY_OUTCOMES).trials());
        assertThat(view.trials()).isEqualTo(domesticAbuse);
        TeamLine ppu = view.teams().stream().filter(team -> team.unit().equals("PPU")).findFirst().orElseThrow();
        TeamLine responseA = view.teams().stream().filter(team -> team.unit().equals("RESPONSE-A")).findFirst().orElseThrow();
        assertThat(ppu.proportion()).isGreaterThan(responseA.proportion() + 0.2);
    }

    @Test
    void byOfficerTheRegistrarSeesNamesAndEveryoneElsePseudonyms() {
        IntegrityReport named = checks.run(AS_OF, UnitLevel.OFFICER, true);
        IntegrityReport pseudonymised = checks.run(AS_OF, UnitLevel.OFFICER, false);
        assertThat(named.units()).contains(officer).hasSizeGreaterThan(20);
        assertThat(pseudonymised.units()).contains(pseudonyms.pseudonym(officer)).doesNotContainAnyElementsOf(usernames)
                .hasSameSizeAs(named.units());
        assertThat(pseudonymised.units()).allMatch(unit -> unit.matches("officer-[0-9a-f]{12}"));
        assertThat(pseudonymised.alerts()).allMatch(alert -> alert.explanation().startsWith("Officer officer-"));
        // The same counts either way: a pseudonym renames, it does not regroup.
        assertThat(pseudonymised.indicator(Indicator.DOWNGRADES).trials()).isEqualTo(named.indicator(Indicator.DOWNGRADES).trials());
        assertThat(pseudonymised.testsRun()).isEqualTo(named.testsRun());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ANALYST", "PCC", "AUDITOR"})
    void noPageJsonOrCsvByOfficerNamesAnOfficer(Role role) throws Exception {
        for (String path : List.of("/integrity", "/integrity/indicators/recorded-crime", "/integrity/indicators/downgrades",
                "/api/v1/integrity", "/integrity/findings.csv")) {
            for (String level : List.of("officer", "team")) {
                String body = mvc.perform(get(path).param("month", AS_OF.toString()).param("level", level)
                        .with(user("someone").roles(role.name()))).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString();
                assertThat(body).as(path + " by " + level).doesNotContain(OFFICER_DISPLAY_NAME);
                for (String username : usernames) {
                    assertThat(body).as(path + " by " + level).doesNotContain(username);
                }
                if (level.equals("officer") && (path.startsWith("/api") || path.endsWith(".csv"))) {
                    assertThat(body).contains(pseudonyms.pseudonym(officer));
                }
            }
        }
    }

    @Test
    void theRegistrarSeesOfficersByName() throws Exception {
        mvc.perform(get("/integrity/indicators/downgrades").param("month", AS_OF.toString()).param("level", "officer")
                .param("unit", officer).with(user("fcr").roles("CRIME_REGISTRAR"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(officer)));
        mvc.perform(get("/api/v1/integrity").param("month", AS_OF.toString()).param("level", "officer")
                .param("unit", officer).with(user("fcr").roles("CRIME_REGISTRAR"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("OFFICER"))
                .andExpect(jsonPath("$.indicators[0].teams[0].unit").value(officer));
    }

    @Test
    void anOfficerAskedForByNameIsRefusedToAnAnalystAndFoundByPseudonym() throws Exception {
        mvc.perform(get("/api/v1/integrity").param("month", AS_OF.toString()).param("level", "officer")
                .param("unit", officer).with(user("someone").roles("ANALYST")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("unit"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(OFFICER_DISPLAY_NAME))));
        mvc.perform(get("/api/v1/integrity").param("month", AS_OF.toString()).param("level", "officer")
                .param("unit", pseudonyms.pseudonym(officer)).with(user("someone").roles("PCC")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].teams.length()").value(1))
                .andExpect(jsonPath("$.indicators[0].teams[0].unit").value(pseudonyms.pseudonym(officer)));
    }

    @Test
    void aMonthNotYetEndedOrAnUnknownLevelIsRefused() throws Exception {
        mvc.perform(get("/api/v1/integrity").param("month", checks.lastCompleteMonth().plusMonths(1).toString())
                .with(user("someone").roles("ANALYST")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        mvc.perform(get("/api/v1/integrity").param("level", "division").with(user("someone").roles("ANALYST")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
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
        assertThat(found.explanation()).startsWith("Team RESPONSE-B downgrades more crimes than its peers");
        // compared with the other response team (its comparison group, V32), not with CID or the contact centre
        assertThat(found.explanation()).contains("for the other response teams");
        assertThat(report.indicator(Indicator.DOWNGRADES).findings()).filteredOn(f -> f.unit().equals("CID")
                && f.check() == Finding.Check.FUNNEL).singleElement().extracting(Finding::explanation).asString()
                .contains("for the rest of the force: no comparable investigation teams");
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
    void theDashboardShowsTheSummaryAndTheAlertAndTheIndicatorPageItsFunnel(Role role) throws Exception {
        mvc.perform(get("/integrity").param("month", AS_OF.toString()).with(user("someone").roles(role.name())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Integrity signatures")))
                .andExpect(content().string(containsString("id=\"computed-at\"")))
                .andExpect(content().string(containsString("/integrity/indicators/downgrades?month=2020-12&amp;level=team")))
                .andExpect(content().string(containsString("Team RESPONSE-B")));
        mvc.perform(get("/integrity/indicators/downgrades").param("month", AS_OF.toString())
                .with(user("someone").roles(role.name())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title id=\"funnel-downgrades-title\">")))
                .andExpect(content().string(containsString("RESPONSE-B (alert)")))
                .andExpect(content().string(containsString("RESPONSE-B against the other response teams")))
                .andExpect(content().string(containsString(">Compared with</th>")));
    }

    @Test
    void byOfficerTheIndicatorPageShowsFiftyOfficersAPageAndDrawsOnlyAlertedSeries() throws Exception {
        int officers = checks.run(AS_OF, UnitLevel.OFFICER, false).indicator(Indicator.RECORDED_CRIME).teams().size();
        String first = mvc.perform(get("/integrity/indicators/recorded-crime").param("month", AS_OF.toString())
                .param("level", "officer").with(user("someone").roles("ANALYST"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long rows = first.split("<th scope=\"row\" class=\"govuk-table__header\">officer-", -1).length - 1;
        assertThat(rows).isEqualTo(Math.min(officers, 50));
        if (officers > 50) {
            assertThat(first).contains("Pages of units").contains("1 to 50 of " + officers);
        }
    }

    @Test
    void anUnknownIndicatorIsNotFound() throws Exception {
        mvc.perform(get("/integrity/indicators/league-table").with(user("someone").roles("ANALYST")))
                .andExpect(status().isNotFound());
    }

    @Test
    void byStationTheDowngradingTeamsStationIsFlaggedAndTheCountsAreTheTeams() {
        IntegrityReport byStation = checks.run(AS_OF, UnitLevel.STATION, false);
        IntegrityReport byTeam = checks.run(AS_OF);
        assertThat(byStation.units()).isSubsetOf("NORTH", "SOUTH", "HEADQUARTERS").contains("NORTH", "SOUTH");
        for (Indicator indicator : Indicator.values()) {
            assertThat(byStation.indicator(indicator).trials()).as(indicator.name())
                    .isEqualTo(byTeam.indicator(indicator).trials());
            assertThat(byStation.indicator(indicator).events()).as(indicator.name())
                    .isEqualTo(byTeam.indicator(indicator).events());
        }
        assertThat(byStation.indicator(Indicator.DOWNGRADES).alerts()).extracting(Finding::unit).contains("SOUTH")
                .doesNotContain("NORTH");
    }

    @Autowired
    StoredReports stored;

    @Test
    void aStoredReportReadsBackAsComputed() {
        stored.recompute(AS_OF);
        for (UnitLevel level : UnitLevel.values()) {
            for (boolean names : List.of(true, false)) {
                StoredReport read = stored.report(AS_OF, level, names);
                assertThat(read.scheduled()).isTrue();
                assertThat(read.report()).as(level + " names " + names).isEqualTo(checks.run(AS_OF, level, names));
            }
        }
    }

    @Test
    void aReportStoredBeforeAnIndicatorWasAddedIsComputedAgainWithIt() throws Exception {
        stored.recompute(AS_OF);
        // As a report stored before the indicator existed: without it, and stamped later so no memory of it is used.
        jdbc.sql("""
                update integrity_report set computed_at = computed_at + interval '1 second',
                    report = jsonb_set(report, '{indicators}', (select jsonb_agg(view) from jsonb_array_elements(report -> 'indicators') view
                                                                where view ->> 'indicator' <> 'VICTIM_DOES_NOT_SUPPORT'))
                where as_of = date '2020-12-01' and level = 'TEAM' and not pseudonymised""").update();
        assertThat(jdbc.sql("select report::text from integrity_report where as_of = date '2020-12-01' and level = 'TEAM' and not pseudonymised")
                .query(String.class).single()).doesNotContain("VICTIM_DOES_NOT_SUPPORT");

        StoredReport read = stored.report(AS_OF, UnitLevel.TEAM, true);
        assertThat(read.report().indicator(Indicator.VICTIM_DOES_NOT_SUPPORT).alerts()).extracting(Finding::unit).contains("PPU");
        assertThat(read.scheduled()).isTrue();
        assertThat(jdbc.sql("select report::text from integrity_report where as_of = date '2020-12-01' and level = 'TEAM' and not pseudonymised")
                .query(String.class).single()).contains("VICTIM_DOES_NOT_SUPPORT");
        mvc.perform(get("/integrity/indicators/victim-does-not-support").param("month", AS_OF.toString())
                .with(user("someone").roles("ANALYST"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title id=\"funnel-victim_does_not_support-title\">")))
                .andExpect(content().string(containsString("PPU (alert)")));
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

    @Autowired
    org.crimeledger.ForceProperties force;

    @Test
    void factsCopiedIntoAnotherSchemaGiveEachForceTheReportOfItsOwnRecords() {
        // The force's facts as a national export writes them, copied into a schema, and a second force made of the
        // same facts with other team names and without the decisions of its first eighteen months.
        jdbc.sql("drop schema if exists copied_facts cascade").update();
        jdbc.sql("create schema copied_facts").update();
        for (String table : Indicator.factsTables()) {
            jdbc.sql("create table copied_facts." + table + " as " + Indicator.factsSql(table))
                    .param("force", force.code()).param("zone", force.timeZone().getId())
                    .param("from", java.time.OffsetDateTime.parse("2000-01-01T00:00:00Z"))
                    .param("to", java.time.OffsetDateTime.parse("2100-01-01T00:00:00Z")).update();
            jdbc.sql("create table copied_facts.other as select * from copied_facts." + table).update();
            jdbc.sql("update copied_facts.other set force = 'ZZ', unit = 'OTHER-' || unit").update();
            if (table.equals("decision_facts")) {
                jdbc.sql("delete from copied_facts.other where month < date '2020-07-01'").update();
            }
            jdbc.sql("insert into copied_facts." + table + " select * from copied_facts.other").update();
            jdbc.sql("drop table copied_facts.other").update();
        }
        // the teams' comparison groups as the export writes them, the second force's under its own team names
        jdbc.sql("create table copied_facts." + ComparisonGroups.TEAM_GROUPS + " as select cast(:force as text) as force, "
                + "team, comparison_group from (" + ComparisonGroups.TEAM_GROUPS_SQL + ") g union all select 'ZZ', "
                + "'OTHER-' || team, comparison_group from (" + ComparisonGroups.TEAM_GROUPS_SQL + ") g")
                .param("force", force.code()).update();
        try {
            java.util.Map<String, IntegrityReport> reports = checks.runOnFacts("copied_facts", AS_OF);

            assertThat(reports).containsOnlyKeys(force.code(), "ZZ");
            assertThat(reports.get(force.code())).isEqualTo(checks.run(AS_OF, UnitLevel.TEAM, true));
            IntegrityReport other = reports.get("ZZ");
            assertThat(other.units()).allMatch(unit -> unit.startsWith("OTHER-")).contains("OTHER-RESPONSE-B");
            assertThat(other.indicator(Indicator.DOWNGRADES).alerts()).extracting(Finding::unit).contains("OTHER-RESPONSE-B");
            assertThat(other.indicator(Indicator.DOWNGRADES).alerts()).filteredOn(f -> f.unit().equals("OTHER-RESPONSE-B")
                    && f.check() == Finding.Check.FUNNEL).singleElement().extracting(Finding::explanation).asString()
                    .contains("for the other response teams");
            assertThat(other.indicator(Indicator.LATE_DECISIONS).trials())
                    .isLessThan(reports.get(force.code()).indicator(Indicator.LATE_DECISIONS).trials());
            assertThat(checks.runOnFacts("copied_facts", null)).containsOnlyKeys(force.code(), "ZZ");
        } finally {
            jdbc.sql("drop schema copied_facts cascade").update();
        }
    }

    @Test
    void aSchemaNameThatIsNotPlainIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> checks.runOnFacts("public; drop table crime", AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain schema name");
    }
}
