package org.crimeledger.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Recording at the first point of contact: the incident and its decision in one request and one transaction,
 * leaving the same records and ledger entries as opening and deciding one after the other, or nothing at all.
 */
@DatabaseTest
class FirstContactRecordingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerVerifier verifier;

    RequestPostProcessor officer;
    RequestPostProcessor callHandler;

    @BeforeEach
    void users() {
        officer = httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD);
        callHandler = httpBasic(TestUsers.ensure(accounts, Role.CALL_HANDLER), TestUsers.PASSWORD);
    }

    @Test
    void aReportIsOpenedAndItsCrimeRecordedInOneRequestWithTheUsualLedgerEntries() throws Exception {
        String json = record(report("ASSAULT", "105A", "[0]"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.incident.decisionStatus").value("DECIDED"))
                .andExpect(jsonPath("$.decision.kind").value("CRIMES_RECORDED"))
                .andExpect(jsonPath("$.decision.delaySeconds").value(0))
                .andExpect(jsonPath("$.crimes.length()").value(1))
                .andExpect(jsonPath("$.crimes[0].classificationCode").value("105A"))
                .andExpect(jsonPath("$.crimes[0].victimId").isNumber())
                .andReturn().getResponse().getContentAsString();
        String reference = JsonPath.read(json, "$.incident.reference");

        List<String> actions = jdbc.sql("""
                select e.action from ledger_entry e
                where (e.record_type = 'incident' and e.record_id = (select id::text from incident where reference = :r))
                   or (e.record_type = 'crime' and e.record_id in
                        (select c.id::text from crime c join incident i on i.id = c.incident_id where i.reference = :r))
                order by e.sequence""").param("r", reference).query(String.class).list();
        assertThat(actions).containsExactly("IncidentOpened", "DecisionMade", "CrimeRecorded");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRefusedDecisionLeavesNoIncidentEither() throws Exception {
        long incidentsBefore = count("incident");
        long entriesBefore = count("ledger_entry");

        record(report("ASSAULT", "ZZ9", "[0]"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("offences[0].classificationCode"));
        record(report("ASSAULT", "105A", "[]"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("offences"));

        assertThat(count("incident")).isEqualTo(incidentsBefore);
        assertThat(count("ledger_entry")).isEqualTo(entriesBefore);
    }

    @Test
    void aReportThatIsNotCrimeRelatedHasNoDecisionToMakeAndIsNotOpened() throws Exception {
        long incidentsBefore = count("incident");
        String notCrime = jdbc.sql("select code from incident_type where category <> 'CRIME_RELATED' order by code limit 1")
                .query(String.class).single();

        record(report(notCrime, "105A", "[0]"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("incident.openingType"));

        assertThat(count("incident")).isEqualTo(incidentsBefore);
    }

    @Test
    void onlyThoseWhoMayBothOpenAndDecideMayRecordAtFirstContact() throws Exception {
        mvc.perform(post("/api/v1/incidents/first-contact").with(callHandler)
                        .contentType(MediaType.APPLICATION_JSON).content(report("ASSAULT", "105A", "[0]")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ResultActions record(String body) throws Exception {
        return mvc.perform(post("/api/v1/incidents/first-contact").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String report(String openingType, String classification, String victims) {
        return """
                {"incident":{"receivedAt":"%s","channel":"FRONT_COUNTER","reporterName":"Robin Reporter",
                  "reporterRelation":"VICTIM","locationText":"Station Road, Demoton","openingType":"%s",
                  "teamCode":"RESPONSE-A","narrative":"The victim says a man pushed her over outside the station."},
                 "decision":{"kind":"CRIMES_RECORDED","informationBasis":"Victim's account at the front counter",
                  "victims":[{"name":"Robin Reporter"}],
                  "offences":[{"classificationCode":"%s","victims":%s}]}}"""
                .formatted(Instant.now().minus(10, ChronoUnit.MINUTES), openingType, classification, victims);
    }
}
