package org.crimeledger.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.ledger.LedgerVerifier;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** From the call to crime records over the API, with the refusals the issue names. */
@DatabaseTest
class RecordingFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerVerifier verifier;

    RequestPostProcessor callHandler;
    RequestPostProcessor officer;

    @BeforeEach
    void users() {
        callHandler = httpBasic(TestUsers.ensure(accounts, Role.CALL_HANDLER), TestUsers.PASSWORD);
        officer = httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD);
    }

    @Test
    void anAssaultOnTwoVictimsBecomesTwoCrimesEachWithItsVictim() throws Exception {
        String reference = openAssault(Instant.now().minus(2, ChronoUnit.HOURS));

        mvc.perform(get("/api/v1/decision-queue").with(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].incident.reference", hasItem(reference)));

        mvc.perform(post("/api/v1/incidents/" + reference + "/decision").with(officer)
                        .contentType(MediaType.APPLICATION_JSON).content(twoVictimAssault(0)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision.kind").value("CRIMES_RECORDED"))
                .andExpect(jsonPath("$.decision.delaySeconds").value(0))
                .andExpect(jsonPath("$.crimes.length()").value(2))
                .andExpect(jsonPath("$.crimes[0].classificationCode").value("8N"))
                .andExpect(jsonPath("$.crimes[0].victimId").isNumber())
                .andExpect(jsonPath("$.crimes[1].victimId").isNumber());

        long distinctVictims = jdbc.sql("""
                select count(distinct c.victim_id) from crime c join incident i on i.id = c.incident_id
                where i.reference = :ref""").param("ref", reference).query(Long.class).single();
        assertThat(distinctVictims).isEqualTo(2);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aSecondDecisionOnADecidedIncidentIsAConflict() throws Exception {
        String reference = openAssault(Instant.now().minus(1, ChronoUnit.HOURS));
        decide(reference, twoVictimAssault(0)).andExpect(status().isCreated());

        decide(reference, twoVictimAssault(1))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("This incident already has its crime-recording decision"));
    }

    @Test
    void aStaleVersionIsAConflictAndWritesNothing() throws Exception {
        String reference = openAssault(Instant.now().minus(1, ChronoUnit.HOURS));
        mvc.perform(post("/api/v1/incidents/" + reference + "/updates").with(callHandler)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"More detail\",\"version\":0}"))
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/incidents/" + reference + "/updates").with(callHandler)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Stale\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(countUpdates(reference)).isEqualTo(2);
    }

    @Test
    void aVictimBasedCrimeWithoutAVictimIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        String reference = openAssault(Instant.now().minus(1, ChronoUnit.HOURS));
        long crimesBefore = jdbc.sql("select count(*) from crime").query(Long.class).single();

        decide(reference, """
                {"kind":"CRIMES_RECORDED","informationBasis":"Caller's account","version":0,
                 "victims":[],"offences":[{"classificationCode":"8N","victims":[]}]}""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("offences"));

        assertThat(jdbc.sql("select count(*) from crime").query(Long.class).single()).isEqualTo(crimesBefore);
        mvc.perform(get("/api/v1/incidents/" + reference).with(officer))
                .andExpect(jsonPath("$.incident.decisionStatus").value("AWAITING"));
    }

    @Test
    void anUnknownClassificationIsRefusedNamingTheOffence() throws Exception {
        String reference = openAssault(Instant.now().minus(1, ChronoUnit.HOURS));
        decide(reference, """
                {"kind":"CRIMES_RECORDED","informationBasis":"Caller's account","version":0,
                 "victims":[{"name":"A Victim"}],"offences":[{"classificationCode":"ZZ9","victims":[0]}]}""")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("offences[0].classificationCode"));
    }

    @Test
    void aNoCrimeDecisionNeedsAReasonAndAnExplanation() throws Exception {
        String reference = openAssault(Instant.now().minus(1, ChronoUnit.HOURS));
        decide(reference, "{\"kind\":\"NO_CRIME\",\"informationBasis\":\"CCTV\",\"version\":0}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("noCrimeReason"));
        decide(reference, """
                {"kind":"NO_CRIME","informationBasis":"CCTV","version":0,
                 "noCrimeReason":"CREDIBLE_EVIDENCE_TO_THE_CONTRARY","explanation":"CCTV shows no contact"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision.noCrimeReason").value("CREDIBLE_EVIDENCE_TO_THE_CONTRARY"));
    }

    @Test
    void aDecisionAfterTheDeadlineIsRecordedAsABreachWithItsDelay() throws Exception {
        String reference = openAssault(Instant.now().minus(30, ChronoUnit.HOURS));
        decide(reference, twoVictimAssault(0))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("warningsReason"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CRR-TIME-001")));
        decide(reference, twoVictimAssault(0).replace("\"version\":0,",
                        "\"version\":0,\"warningsReason\":\"Victims in hospital until this morning\","))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision.delaySeconds").value(org.hamcrest.Matchers.greaterThan(5 * 3600)));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select a.rule_code || ' ' || a.reason from rule_acknowledgement a join incident i on i.id = a.incident_id
                where i.reference = :r""").param("r", reference).query(String.class).list())
                .containsExactly("CRR-TIME-001 Victims in hospital until this morning");
    }

    @Test
    void aCallHandlerMayNotDecide() throws Exception {
        String reference = openAssault(Instant.now().minus(1, ChronoUnit.HOURS));
        mvc.perform(post("/api/v1/incidents/" + reference + "/decision").with(callHandler)
                        .contentType(MediaType.APPLICATION_JSON).content(twoVictimAssault(0)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aFailureHalfWayThroughRecordingSeveralCrimesLeavesNone() throws Exception {
        String reference = openAssault(Instant.now().minus(1, ChronoUnit.HOURS));
        long entriesBefore = jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
        jdbc.sql("""
                create or replace function refuse_second_crime() returns trigger language plpgsql as $$
                begin
                  if exists (select 1 from crime where incident_id = new.incident_id) then
                    raise exception 'simulated failure on the second crime';
                  end if;
                  return new;
                end $$""").update();
        jdbc.sql("create trigger refuse_second_crime before insert on crime for each row execute function refuse_second_crime()")
                .update();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> decide(reference, twoVictimAssault(0)))
                    .hasMessageContaining("simulated failure");
        } finally {
            jdbc.sql("drop trigger refuse_second_crime on crime").update();
        }
        assertThat(jdbc.sql("select count(*) from crime c join incident i on i.id = c.incident_id where i.reference = :r")
                .param("r", reference).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from victim v join incident i on i.id = v.incident_id where i.reference = :r")
                .param("r", reference).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select decision_status from incident where reference = :r").param("r", reference)
                .query(String.class).single()).isEqualTo("AWAITING");
        assertThat(jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()).isEqualTo(entriesBefore);
    }

    @Test
    void aCrimeReportReceivedBeforeAnyRecordingRuleIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        long entriesBefore = jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
        mvc.perform(post("/api/v1/incidents").with(callHandler).contentType(MediaType.APPLICATION_JSON).content("""
                        {"receivedAt":"1970-01-01T12:00:00Z","channel":"EMERGENCY_999","reporterName":"Pat Caller",
                         "reporterRelation":"VICTIM","locationText":"High Street, Demoton","openingType":"ASSAULT",
                         "teamCode":"RESPONSE-A","narrative":"Punched."}"""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("receivedAt"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("No recording time limit")));
        assertThat(jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()).isEqualTo(entriesBefore);
    }

    private String openAssault(Instant receivedAt) throws Exception {
        String body = """
                {"receivedAt":"%s","channel":"EMERGENCY_999","reporterName":"Pat Caller","reporterRelation":"VICTIM",
                 "locationText":"High Street, Demoton","openingType":"ASSAULT","teamCode":"RESPONSE-A",
                 "narrative":"Two people punched outside the Crown pub by one man."}""".formatted(receivedAt);
        String json = mvc.perform(post("/api/v1/incidents").with(callHandler)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.incident.decisionStatus").value("AWAITING"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.incident.reference");
    }

    private org.springframework.test.web.servlet.ResultActions decide(String reference, String body) throws Exception {
        return mvc.perform(post("/api/v1/incidents/" + reference + "/decision").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String twoVictimAssault(int version) {
        return """
                {"kind":"CRIMES_RECORDED","informationBasis":"Both victims confirmed on scene","version":%d,
                 "victims":[{"name":"Alex Victim"},{"name":"Sam Victim"}],
                 "offences":[{"classificationCode":"8N","victims":[0,1]}],
                 "suspects":[{"description":"Man, about 30, red jacket"}]}""".formatted(version);
    }

    private long countUpdates(String reference) {
        return jdbc.sql("select count(*) from incident_update u join incident i on i.id = u.incident_id where i.reference = :r")
                .param("r", reference).query(Long.class).single();
    }
}
