package org.crimeledger.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.ledger.LedgerVerifier;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** An audit from plan to report over the API and pages, with the refusals the issue names. */
@DatabaseTest
class AuditFlowTests {

    private static final String SECOND_AUDITOR = "test.auditor-second";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    LedgerVerifier verifier;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    RequestPostProcessor callHandler;
    RequestPostProcessor auditor;
    RequestPostProcessor secondAuditor;
    RequestPostProcessor registrar;

    @BeforeEach
    void users() throws Exception {
        callHandler = httpBasic(TestUsers.ensure(accounts, Role.CALL_HANDLER), TestUsers.PASSWORD);
        auditor = httpBasic(TestUsers.ensure(accounts, Role.AUDITOR), TestUsers.PASSWORD);
        if (!accounts.exists(SECOND_AUDITOR)) {
            accounts.create(SECOND_AUDITOR, "Second auditor", "RESPONSE-A", TestUsers.PASSWORD, Role.AUDITOR);
        }
        secondAuditor = httpBasic(SECOND_AUDITOR, TestUsers.PASSWORD);
        String fcr = TestUsers.ensure(accounts, Role.CRIME_REGISTRAR);
        accounts.appointForceCrimeRegistrar(fcr);
        registrar = httpBasic(fcr, TestUsers.PASSWORD);
        for (int i = 0; i < 30; i++) {
            open(i % 3 == 0 ? "SEXUAL_OFFENCE" : i % 3 == 1 ? "ASSAULT" : "THEFT");
        }
    }

    @Test
    void aSeededPlanDrawsTheSameSampleAgainAndEstimatesFromReviewedIncidents() throws Exception {
        long plan = plan(0.10, 20_260_601L);
        List<Integer> sample = sampleOf(plan);
        assertThat(sample).isNotEmpty().doesNotHaveDuplicates();
        assertThat(sampleOf(plan(0.10, 20_260_601L))).isEqualTo(sample);
        assertThat(sampleOf(plan(0.10, 7L))).isNotEqualTo(sample);

        mvc.perform(get("/api/v1/audits/" + plan + "/estimates").with(auditor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.rates[0].note").value("No reviewed incidents yet"));

        int should = 0;
        int recorded = 0;
        for (int i = 0; i < sample.size(); i++) {
            int s = i % 4 == 0 ? 2 : 1;
            int r = i % 5 == 0 ? 0 : s;
            judge(plan, sample.get(i), auditor, "FIRST", s, r).andExpect(status().isCreated());
            should += s;
            recorded += r;
        }
        String json = mvc.perform(get("/api/v1/audits/" + plan + "/estimates").with(auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        double rate = ((Number) JsonPath.read(json, "$.rates[0].estimate.rate")).doubleValue();
        // the estimator sums weighted counts, so the ratio can differ from recorded / should in the last bits
        assertThat(rate).isCloseTo((double) recorded / should, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(((Number) JsonPath.read(json, "$.rates[0].estimate.lower")).doubleValue()).isLessThan(rate);
        assertThat(verifier.verify().intact()).isTrue();

        mvc.perform(get("/audits/" + plan + "/report").with(page(Role.PCC))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Rates behind the chart")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<svg")));
        mvc.perform(get("/audits/" + plan + "/judgements.csv").with(page(Role.AUDITOR))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("plan_id,incident_reference,incident_id")));
        // The sample may hold other tests' incidents of the same period: the page shows whichever one's narrative.
        String narrative = jdbc.sql("select text from incident_update where incident_id = :id order by id limit 1")
                .param("id", sample.get(0)).query(String.class).single();
        mvc.perform(get("/audits/" + plan + "/incidents/" + sample.get(0)).with(page(Role.AUDITOR))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        org.springframework.web.util.HtmlUtils.htmlEscape(narrative))));
        mvc.perform(get("/audits/" + plan + "/incidents/" + sample.get(0)).with(page(Role.PCC))).andExpect(status().isForbidden());
        mvc.perform(get("/audits/" + plan + "/targeted").with(page(Role.AUDITOR))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("never counts in")));
    }

    @Test
    void aStratifiedPlanShowsTheOverallWorkingAndAStratumForEachOffenceGroup() throws Exception {
        String body = planBody(0.10, 3L).replace("\"targetHalfWidth\"", "\"stratified\":true,\"targetHalfWidth\"");
        mvc.perform(post("/api/v1/audits").with(auditor).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.working").value(org.hamcrest.Matchers.startsWith("overall:")))
                .andExpect(jsonPath("$.strata[*].code").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "other", "sexual-offences", "violence")));
    }

    @Test
    void aSecondReviewerCanDisagreeAndTheRegistrarArbitrates() throws Exception {
        long plan = plan(0.10, 99L);
        int incident = sampleOf(plan).get(0);
        judge(plan, incident, auditor, "FIRST", 1, 1).andExpect(status().isCreated());
        judge(plan, incident, auditor, "SECOND", 1, 0).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("different auditor")));
        judge(plan, incident, secondAuditor, "SECOND", 1, 0).andExpect(status().isCreated());
        judge(plan, incident, secondAuditor, "ARBITRATION", 1, 0).andExpect(status().isForbidden());
        judge(plan, incident, registrar, "ARBITRATION", 1, 0).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/audits/" + plan + "/estimates").with(auditor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewedTwice").value(1)).andExpect(jsonPath("$.disagreements").value(1))
                .andExpect(jsonPath("$.rates[0].estimate.recorded").value(0));
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void impossibleRequestsAreRefusedNamingTheField() throws Exception {
        long plan = plan(0.10, 5L);
        int incident = sampleOf(plan).get(0);
        judge(plan, incident, auditor, "FIRST", 1, 2).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("recorded"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("More crimes recorded (2)")));
        judge(plan, incident, auditor, "FIRST", -1, 0).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("shouldHaveBeenRecorded"));
        judge(plan, 999_999_999, auditor, "FIRST", 1, 1).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("incidentId"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not in the sample")));
        mvc.perform(post("/api/v1/audits").with(auditor).contentType(MediaType.APPLICATION_JSON)
                        .content(planBody(0.001, 1L)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("targetHalfWidth"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("in the population")));
        mvc.perform(post("/api/v1/audits").with(auditor).contentType(MediaType.APPLICATION_JSON)
                        .content(planBody(0.10, 1L).replaceFirst("\"periodFrom\":\"[^\"]+\"", "\"periodFrom\":\"+5881580-07-11\"")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("periodFrom"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("between the years 1900 and 2999")));
        mvc.perform(get("/api/v1/audits/" + plan + "/estimates").with(auditor))
                .andExpect(jsonPath("$.counted").value(0));
    }

    private org.springframework.test.web.servlet.ResultActions judge(long plan, int incident, RequestPostProcessor who,
                                                                      String review, int should, int recorded) throws Exception {
        return mvc.perform(post("/api/v1/audits/" + plan + "/incidents/" + incident + "/judgements").with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"review":"%s","shouldHaveBeenRecorded":%d,"recorded":%d,"recordedOnTime":true,
                         "victimInformed":%s,"note":"checked"}""".formatted(review, should, recorded, recorded > 0)));
    }

    private static RequestPostProcessor page(Role role) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(TestUsers.username(role)).roles(role.name());
    }

    private long plan(double halfWidth, long seed) throws Exception {
        String json = mvc.perform(post("/api/v1/audits").with(auditor).contentType(MediaType.APPLICATION_JSON)
                        .content(planBody(halfWidth, seed)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private static String planBody(double halfWidth, long seed) {
        LocalDate today = LocalDate.now();
        return """
                {"name":"Test audit","population":"CRIME_RELATED_INCIDENTS","periodFrom":"%s","periodTo":"%s",
                 "targetHalfWidth":%s,"seed":%d,"recordedCrimeTwelveMonths":50000}"""
                .formatted(today.minusDays(2), today.plusDays(1), halfWidth, seed);
    }

    private List<Integer> sampleOf(long plan) throws Exception {
        String json = mvc.perform(get("/api/v1/audits/" + plan + "/sample").with(auditor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$[*].incidentId");
    }

    private void open(String type) throws Exception {
        String body = """
                {"receivedAt":"%s","channel":"NON_EMERGENCY_101","reporterName":"Pat Caller","reporterRelation":"VICTIM",
                 "locationText":"High Street, Demoton","openingType":"%s","teamCode":"RESPONSE-A",
                 "narrative":"Reported to police by the victim."}""".formatted(Instant.now().minus(1, ChronoUnit.HOURS), type);
        mvc.perform(post("/api/v1/incidents").with(callHandler).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }
}
