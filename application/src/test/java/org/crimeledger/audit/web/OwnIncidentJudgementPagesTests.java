package org.crimeledger.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.audit.AuditPlan;
import org.crimeledger.audit.AuditPlans;
import org.crimeledger.audit.AuditPopulation;
import org.crimeledger.audit.NewAuditPlan;
import org.crimeledger.audit.SampleItem;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The review workspace of one of the force's own sampled incidents, on the page: a judgement with a field missing or
 * wrong shows the page again with the error summary linking to that field and the answers kept, and writes nothing
 * (no judgement, no ledger entry); a good one is then recorded.
 */
@DatabaseTest
class OwnIncidentJudgementPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditPlans audits;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    String workspace;
    long itemId;

    @BeforeEach
    void aSampledIncident() throws Exception {
        String callHandler = TestUsers.ensure(accounts, Role.CALL_HANDLER);
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/api/v1/incidents").with(httpBasic(callHandler, TestUsers.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"receivedAt":"%s","channel":"NON_EMERGENCY_101","reporterName":"Pat Caller",
                                     "reporterRelation":"VICTIM","locationText":"High Street","openingType":"ASSAULT",
                                     "teamCode":"RESPONSE-A","narrative":"Pushed over outside the shop."}"""
                                    .formatted(Instant.now().minus(1, ChronoUnit.HOURS))))
                    .andExpect(status().isCreated());
        }
        LocalDate today = LocalDate.now();
        AuditPlan plan = audits.create(new NewAuditPlan("Judgement form errors", AuditPopulation.CRIME_RELATED_INCIDENTS,
                today.minusDays(2), today.plusDays(1), false, 0.45, 0.85, 0.95, 1.0, 1.0, System.nanoTime(), null),
                Actor.system(TestUsers.username(Role.AUDITOR), Role.AUDITOR));
        SampleItem item = audits.sample(plan.id()).get(0);
        itemId = item.id();
        workspace = "/audits/" + plan.id() + "/incidents/" + item.incidentId();
    }

    @Test
    void aMissingOrWrongFieldShowsTheErrorSummaryNamingItAndWritesNothing() throws Exception {
        Map<String, Map<String, String>> wrong = new LinkedHashMap<>();
        wrong.put("shouldHaveBeenRecorded", Map.of("shouldHaveBeenRecorded", ""));
        wrong.put("recorded", Map.of("recorded", "two"));
        wrong.put("review", Map.of("review", "FOURTH"));
        wrong.put("note", Map.of("note", "x".repeat(4001)));
        Map<String, String> moreRecordedThanShould = Map.of("shouldHaveBeenRecorded", "1", "recorded", "3");

        long judgements = judgements();
        long ledgered = ledgered();
        for (Map.Entry<String, Map<String, String>> fault : wrong.entrySet()) {
            assertRefused(fault.getValue(), fault.getKey());
        }
        String refused = assertRefused(moreRecordedThanShould, "recorded");
        assertThat(refused).as("the service's own refusal reaches the summary")
                .contains("More crimes recorded (3) than should have been recorded (1)")
                .as("the answers are kept").contains("value=\"3\"").contains("value=\"1\"");
        assertThat(judgements()).as("no judgement written").isEqualTo(judgements);
        assertThat(ledgered()).as("nothing ledgered").isEqualTo(ledgered);

        mvc.perform(form(Map.of())).andExpect(status().is3xxRedirection());
        assertThat(judgements()).as("the same form with every field right is recorded").isEqualTo(judgements + 1);
        assertThat(ledgered()).isEqualTo(ledgered + 1);
        String shown = mvc.perform(get(workspace).with(user(TestUsers.username(Role.AUDITOR)).roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("FIRST review by " + TestUsers.username(Role.AUDITOR))
                .doesNotContain("There is a problem");
    }

    @Test
    void aRestrictedSampledIncidentOpenedForReviewIsLoggedAsAReadAndItsCrimeLinksToTheCrimePage() throws Exception {
        // A plan of its own over a day on which no incident was received yet (tried at random from April 2020, where
        // the reference data starts), so every incident in its sample is one opened here and still undecided, whatever
        // other tests, or earlier runs on a kept database, have recorded.
        LocalDate day;
        do {
            day = LocalDate.of(2020, 4, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(1500));
        } while (jdbc.sql("select count(*) from incident where received_at >= ?::date - 1 and received_at < ?::date + 2")
                .param(day.toString()).param(day.toString()).query(Long.class).single() > 0);
        String callHandler = TestUsers.ensure(accounts, Role.CALL_HANDLER);
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/api/v1/incidents").with(httpBasic(callHandler, TestUsers.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"receivedAt":"%sT11:00:00Z","channel":"NON_EMERGENCY_101","reporterName":"Pat Caller",
                                     "reporterRelation":"VICTIM","locationText":"High Street","openingType":"ASSAULT",
                                     "teamCode":"RESPONSE-A","narrative":"Pushed over outside the shop."}""".formatted(day)))
                    .andExpect(status().isCreated());
        }
        AuditPlan own = audits.create(new NewAuditPlan("Restricted review read", AuditPopulation.CRIME_RELATED_INCIDENTS,
                day, day, false, 0.45, 0.85, 0.95, 1.0, 1.0, 17L, null),
                Actor.system(TestUsers.username(Role.AUDITOR), Role.AUDITOR));
        long planId = own.id();
        SampleItem awaiting = audits.sample(planId).stream()
                .filter(item -> "AWAITING".equals(jdbc.sql("select decision_status from incident where id = ?")
                        .param(item.incidentId()).query(String.class).single()))
                .findFirst().orElseThrow(() -> new AssertionError("no undecided incident in the sample to record a rape on"));
        int version = jdbc.sql("select version from incident where id = ?").param(awaiting.incidentId())
                .query(Integer.class).single();
        String officer = TestUsers.ensure(accounts, Role.OFFICER);
        String decided = mvc.perform(post("/api/v1/incidents/" + awaiting.incidentReference() + "/decision")
                        .with(httpBasic(officer, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"CRIMES_RECORDED","informationBasis":"Victim's account","version":%d,
                                 "warningsReason":"Found unrecorded in a records review",
                                 "victims":[{"name":"V","dateOfBirth":"1980-02-03"}],
                                 "offences":[{"classificationCode":"19C","victims":[0]}],"flags":[]}"""
                                .formatted(version)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String crime = com.jayway.jsonpath.JsonPath.read(decided, "$.crimes[0].reference");

        long before = reads(awaiting.incidentReference());
        String page = mvc.perform(get("/audits/" + planId + "/incidents/" + awaiting.incidentId())
                        .with(user(TestUsers.username(Role.AUDITOR)).roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/crimes/" + crime + "\"");
        assertThat(reads(awaiting.incidentReference())).as("the auditor's read of a restricted incident is logged")
                .isEqualTo(before + 1);
        assertThat(jdbc.sql("select actor || ' ' || purpose from personal_data_access where record_type = 'incident'"
                        + " and record_id = ? order by id desc limit 1").param(awaiting.incidentReference())
                .query(String.class).single())
                .isEqualTo(TestUsers.username(Role.AUDITOR) + " " + AuditPages.REVIEW_PURPOSE);
        mvc.perform(get("/crimes/" + crime).with(user(TestUsers.username(Role.AUDITOR)).roles("AUDITOR")))
                .andExpect(status().isOk());
    }

    private long reads(String incidentReference) {
        return jdbc.sql("select count(*) from personal_data_access where record_type = 'incident' and record_id = ?")
                .param(incidentReference).query(Long.class).single();
    }

    /** Posts a good form with these fields changed and checks the page shown again names the field. */
    private String assertRefused(Map<String, String> changed, String field) throws Exception {
        String page = mvc.perform(form(changed)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).as(field).contains("<title>Error: Review ")
                .contains("There is a problem")
                .contains("href=\"#" + field + "\"")
                .contains("id=\"" + field + "\"");
        assertThat(count(page, "govuk-error-summary__list")).as("one error summary").isEqualTo(1);
        for (String once : java.util.List.of("Record a judgement</h2>", "Judgements</h2>", "<h1 ", "govuk-back-link")) {
            assertThat(count(page, once)).as("shown once: " + once).isEqualTo(1);
        }
        return page;
    }

    private MockHttpServletRequestBuilder form(Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("review", "FIRST", "shouldHaveBeenRecorded", "1",
                "recorded", "1", "expectedClassifications", "8N", "correctlyClassified", "yes",
                "recordedOnTime", "yes", "victimInformed", "n/a", "decisionCorrect", "n/a", "note", "Checked"));
        fields.putAll(changed);
        MockHttpServletRequestBuilder request = post(workspace).with(csrf())
                .with(user(TestUsers.username(Role.AUDITOR)).roles("AUDITOR"));
        fields.forEach(request::param);
        return request;
    }

    private long judgements() {
        return jdbc.sql("select count(*) from audit_judgement where item_id = ?").param(itemId)
                .query(Long.class).single();
    }

    private long ledgered() {
        return jdbc.sql("select count(*) from ledger_entry where action = 'AUDIT_JUDGED'").query(Long.class).single();
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            found++;
        }
        return found;
    }
}
