package org.crimeledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** A retried API write with its Idempotency-Key gets the first answer back and writes nothing twice. */
@DatabaseTest
class IdempotencyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor callHandler;
    RequestPostProcessor officer;
    String narrative;
    final Instant receivedAt = Instant.now().minus(1, ChronoUnit.HOURS);

    @BeforeEach
    void users() {
        callHandler = httpBasic(TestUsers.ensure(accounts, Role.CALL_HANDLER), TestUsers.PASSWORD);
        officer = httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD);
        narrative = "Idempotency test " + UUID.randomUUID();
    }

    @Test
    void aRetriedIncidentGetsTheFirstAnswerAndIsOpenedOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = open(key, incident(narrative)).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andReturn().getResponse().getContentAsString();

        String again = open(key, incident(narrative)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat(again).isEqualTo(first);
        assertThat(incidentsWithNarrative()).isEqualTo(1);
    }

    @Test
    void withoutAKeyEachRequestWrites() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/incidents").with(callHandler).contentType(MediaType.APPLICATION_JSON)
                    .content(incident(narrative))).andExpect(status().isCreated());
        }
        assertThat(incidentsWithNarrative()).isEqualTo(2);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        open(key, incident(narrative)).andExpect(status().isCreated());

        open(key, incident(narrative + " and more")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Idempotency-Key reused"))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(incidentsWithNarrative()).isEqualTo(1);
    }

    @Test
    void aRefusedRequestIsNotRememberedSoItsCorrectedRetryWrites() throws Exception {
        String key = UUID.randomUUID().toString();
        open(key, incident(narrative).replace("\"ASSAULT\"", "\"NO-SUCH-TYPE\""))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from idempotent_request where idempotency_key = :k").param("k", key)
                .query(Long.class).single()).isZero();

        open(key, incident(narrative)).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(incidentsWithNarrative()).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesWriteOnceAndAllGetTheSameAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<MockHttpServletResponse> send = () -> open(key, incident(narrative)).andReturn().getResponse();
                answers.add(clients.submit(send));
            }
            List<String> references = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get();
                assertThat(response.getStatus()).isEqualTo(201);
                references.add(JsonPath.read(response.getContentAsString(), "$.incident.reference"));
            }
            assertThat(references).hasSize(6).containsOnly(references.get(0));
        } finally {
            clients.shutdown();
        }
        assertThat(incidentsWithNarrative()).isEqualTo(1);
    }

    @Test
    void aRetriedDecisionIsMadeOnce() throws Exception {
        String json = open(UUID.randomUUID().toString(), incident(narrative)).andReturn().getResponse()
                .getContentAsString();
        String reference = JsonPath.read(json, "$.incident.reference");
        String decision = """
                {"kind":"CRIMES_RECORDED","informationBasis":"Victim confirmed","version":0,
                 "victims":[{"name":"Alex Victim"}],"offences":[{"classificationCode":"8N","victims":[0]}]}""";
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/incidents/" + reference + "/decision").with(officer).header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON).content(decision)).andExpect(status().isCreated());
        }
        assertThat(jdbc.sql("""
                select count(*) from crime c join incident i on i.id = c.incident_id where i.reference = :r""")
                .param("r", reference).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirUser() throws Exception {
        String key = UUID.randomUUID().toString();
        open(key, incident(narrative)).andExpect(status().isCreated());
        RequestPostProcessor supervisor = httpBasic(TestUsers.ensure(accounts, Role.SUPERVISOR), TestUsers.PASSWORD);
        mvc.perform(post("/api/v1/incidents").with(supervisor).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(incident(narrative)))
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void aKeyWithSpacesIsRefused() throws Exception {
        open("has spaces", incident(narrative)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(incidentsWithNarrative()).isZero();
    }

    private ResultActions open(String key, String body) throws Exception {
        return mvc.perform(post("/api/v1/incidents").with(callHandler).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String incident(String narrative) {
        return """
                {"receivedAt":"%s","channel":"EMERGENCY_999","reporterName":"Pat Caller","reporterRelation":"VICTIM",
                 "locationText":"High Street, Demoton","openingType":"ASSAULT","teamCode":"RESPONSE-A",
                 "narrative":"%s"}""".formatted(receivedAt, narrative);
    }

    private long incidentsWithNarrative() {
        return jdbc.sql("select count(distinct incident_id) from incident_update where text = :n").param("n", narrative)
                .query(Long.class).single();
    }
}
