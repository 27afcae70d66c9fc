package org.crimeledger.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crimeledger.DatabaseTest;
import org.crimeledger.synthetic.Generating;
import org.crimeledger.synthetic.SyntheticForce;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The batch over a month of the synthetic force, whose injected faults are known: each fault the records can show
 * must be found by its rule, and recall for every pairing of fault and rule is reported. In a database of its own.
 */
@DatabaseTest
@TestPropertySource(properties = "crimeledger.test.database=rule-recall")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticRecallTests {

    /** Each injected fault (a treatment of the ground truth) and the rules that should find it in the records. */
    static final Map<String, List<String>> FAULT_RULES = Map.of(
            "RECORDED_LATE", List.of("CRR-TIME-001"),
            "AWAITING_DECISION", List.of("CRR-TIME-003"),
            "UNDER_RECORDED", List.of("CRR-DEC-003", "CRR-DEC-005", "CRR-DEC-006", "CRR-RAPE-002"),
            "DOWNGRADED", List.of("CRR-CLS-001", "CRR-CLS-002", "CRR-CLS-003"),
            "WRONGLY_CANCELLED", List.of("CRR-CAN-001", "CRR-CAN-002", "CRR-CAN-005", "CRR-CAN-006", "CRR-CAN-007",
                    "CRR-RAPE-003"));

    @Autowired
    Generating generating;

    @Autowired
    ComplianceRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    RuleRun run;

    @BeforeAll
    void generateAMonthAndRunTheCatalogue() {
        generating.generate(SyntheticForce.demoshire().withIncidents(3_000).withPeriod(LocalDate.of(2025, 4, 1), 30)
                .withoutOutcomes());
        run = runs.runNow("recall test");
    }

    private long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    private double recall(String treatment, List<String> rules) {
        long faults = count("select count(*) from synthetic_truth where treatment = ?", treatment);
        long found = count("""
                select count(*) from synthetic_truth t where t.treatment = ? and exists (select 1 from rule_finding f
                where f.run_id = ? and f.incident_id = t.incident_id and f.rule_code = any(?))""",
                treatment, run.id(), rules.toArray(String[]::new));
        return faults == 0 ? Double.NaN : (double) found / faults;
    }

    @Test
    void everyLateDecisionIsFoundByTheTimelinessRuleAndNoTimelyOne() {
        assertThat(count("select count(*) from synthetic_truth where decided_late")).isPositive();
        assertThat(count("""
                select count(*) from synthetic_truth t where t.decided_late and not exists (select 1 from rule_finding f
                where f.run_id = ? and f.incident_id = t.incident_id and f.rule_code = 'CRR-TIME-001')""", run.id()))
                .isZero();
        assertThat(count("""
                select count(*) from rule_finding f join synthetic_truth t on t.incident_id = f.incident_id
                where f.run_id = ? and f.rule_code = 'CRR-TIME-001' and not t.decided_late""", run.id())).isZero();
    }

    @Test
    void everyIncidentStillAwaitingItsDecisionIsFoundOverdue() {
        assertThat(recall("AWAITING_DECISION", List.of("CRR-TIME-003"))).isEqualTo(1.0);
    }

    @Test
    void recallPerInjectedFaultIsReportedAndCorrectRecordsRaiseNoError() {
        StringBuilder report = new StringBuilder("Recall of the catalogue on the synthetic force's injected faults:\n");
        FAULT_RULES.forEach((treatment, rules) -> {
            report.append(String.format("  %-18s %5d faults  recall %.3f  by %s%n", treatment,
                    count("select count(*) from synthetic_truth where treatment = ?", treatment), recall(treatment, rules), rules));
            for (String rule : rules) {
                report.append(String.format("      %-13s %.3f%n", rule, recall(treatment, List.of(rule))));
            }
        });
        System.out.println(report);
        assertThat(count("""
                select count(*) from rule_finding f join synthetic_truth t on t.incident_id = f.incident_id
                where f.run_id = ? and f.severity = 'ERROR' and t.treatment in ('RECORDED_CORRECTLY', 'NOT_CRIME_RELATED')""",
                run.id())).as("errors on records the generator made correctly").isZero();
    }

    @Test
    void theRunIsStoredWholeAndCountsItsFindings() {
        assertThat(run.incidentsChecked()).isEqualTo(3_000);
        assertThat(count("select count(*) from rule_finding where run_id = ?", run.id())).isEqualTo(run.findings());
    }

    @Test
    void anAuditorFiltersTheFindingsAndExportsThemAsCsv() throws Exception {
        String late = jdbc.sql("select incident_reference from rule_finding where run_id = :run and rule_code = "
                + "'CRR-TIME-001' order by id limit 1").param("run", run.id()).query(String.class).single();
        mvc.perform(get("/compliance/findings").param("rule", "CRR-TIME-001").with(user("a").roles("AUDITOR")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(late)));
        String csv = mvc.perform(get("/compliance/findings.csv").param("rule", "CRR-TIME-001")
                        .with(user("a").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().skip(1).count()).isEqualTo(count(
                "select count(*) from rule_finding where run_id = ? and rule_code = 'CRR-TIME-001'", run.id()));
        assertThat(csv.lines().skip(1)).allMatch(line -> line.startsWith("CRR-TIME-001,"));
    }

    @Test
    void theCatalogueIsForEveryoneSignedInButFindingsAreNeedToKnow() throws Exception {
        mvc.perform(get("/compliance/rules").with(user("o").roles("OFFICER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("CRR-CAN-002")));
        mvc.perform(get("/compliance/findings").with(user("c").roles("CALL_HANDLER"))).andExpect(status().isForbidden());
        mvc.perform(post("/compliance/runs").with(user("a").roles("ANALYST")).with(csrf())).andExpect(status().isForbidden());
    }
}
