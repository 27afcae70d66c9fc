package org.crimeledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.crimeledger.DatabaseTest;
import org.crimeledger.RecordedCrimes;
import org.crimeledger.ledger.LedgerVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input at scale: valid requests to every write endpoint of the API, mutated ({@link JsonMutations}) and
 * sent as a role allowed to call it. Never a 5xx, never a stack trace or class name in the answer, every
 * refusal a problem+json with a specific detail, and a refused request writes nothing (the ledger, which gets an
 * entry with every change, does not grow). {@code ./mvnw verify} sends a few thousand;
 * {@code reliability/fuzz.sh} sends 100,000 ({@code -Dcrimeledger.fuzz.requests}).
 */
@DatabaseTest
class ApiFuzzTests {

    static final int REQUESTS = Integer.getInteger("crimeledger.fuzz.requests", 1000);
    static final long SEED = Long.getLong("crimeledger.fuzz.seed", 20261127L);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    LedgerVerifier verifier;

    record Seed(HttpMethod method, String path, String body, Role role) {
    }

    @Test
    void mutatedWriteRequestsAreRefusedCleanlyAndWriteNothing() throws Exception {
        List<Seed> seeds = seeds();
        Random random = new Random(SEED);
        JsonMutations mutations = new JsonMutations(random, json);
        FuzzTally tally = new FuzzTally();
        for (int i = 0; i < REQUESTS; i++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            JsonMutations.Mutated mutated = mutations.mutate(seed.path(), seed.body());
            long ledgerBefore = ledgerEntries();
            MockHttpServletResponse response;
            try {
                response = mvc.perform(request(seed.method(), mutated.path()).with(user("fuzz." + seed.role().name()
                                .toLowerCase()).roles(seed.role().name()))
                        .contentType(mutated.contentType()).content(mutated.body())).andReturn().getResponse();
            } catch (Exception unhandled) {
                tally.failure(mutated.kind(), seed.method() + " " + seed.path() + ": unhandled " + rootCause(unhandled));
                continue;
            }
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            int status = response.getStatus();
            tally.count(mutated.kind(), status);
            if (status >= 500) {
                tally.failure(mutated.kind(), seed.method() + " " + seed.path() + ": " + status + " " + cut(body));
            } else if (FuzzTally.leaks(body, new String(mutated.body(), StandardCharsets.UTF_8))) {
                tally.failure(mutated.kind(), seed.method() + " " + seed.path() + ": internals in " + cut(body));
            } else if (status >= 400 && body.isEmpty() && response.isCommitted()) {
                // Refused before any handler (no such path, a firewall rule): the container forwards these to
                // ErrorPages, which answers problem+json; MockMvc does not forward, so there is nothing more to check.
                tally.count(JsonMutations.Kind.BAD_PATH, -status);
            } else if (status >= 400) {
                String problem = problemDetail(response, body);
                if (problem != null) {
                    tally.failure(mutated.kind(), seed.method() + " " + seed.path() + " " + status + ": " + problem);
                } else if (ledgerEntries() != ledgerBefore) {
                    tally.failure(mutated.kind(), seed.method() + " " + seed.path() + ": refused with " + status
                            + " but the ledger grew");
                }
            }
        }
        tally.print("API fuzz", REQUESTS, SEED);
        assertThat(verifier.verify().intact()).as("the ledger verifies after the fuzzing").isTrue();
        assertThat(tally.failures()).as("requests that failed badly (first of each kind)").isEmpty();
    }

    /** Null when the refusal is a problem+json with a specific detail, else what is wrong with it. */
    private String problemDetail(MockHttpServletResponse response, String body) {
        if (response.getContentType() == null || !response.getContentType().startsWith("application/problem+json")) {
            return "not problem+json but " + response.getContentType() + ": " + cut(body);
        }
        JsonNode problem = json.readTree(body);
        String detail = problem.path("detail").asString("");
        if (detail.isBlank() || FuzzTally.GENERIC.contains(detail)) {
            return "no specific detail: " + cut(body);
        }
        return null;
    }

    private long ledgerEntries() {
        return jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
    }

    private List<Seed> seeds() throws Exception {
        RecordedCrimes crimes = new RecordedCrimes(mvc, accounts);
        String incident = crimes.openIncident("ASSAULT");
        String decided = crimes.openIncident("ASSAULT");
        RecordedCrimes.Recorded crime = crimes.record("8N");
        String now = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        String decision = """
                {"kind":"CRIMES_RECORDED","informationBasis":"Victim's account","version":0,
                 "victims":[{"name":"V","dateOfBirth":"1980-02-03"}],
                 "offences":[{"classificationCode":"8N","victims":[0]}],"flags":[],"suspects":[]}""";
        String ref = crime.reference();
        long victim = crime.victimId();
        List<Seed> seeds = new ArrayList<>();
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/incidents", """
                {"receivedAt":"%s","channel":"ONLINE","reporterName":"R","reporterRelation":"VICTIM",
                 "locationText":"L","openingType":"ASSAULT","teamCode":"RESPONSE-A","narrative":"N"}""".formatted(now),
                Role.CALL_HANDLER));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/incidents/" + incident + "/updates",
                "{\"text\":\"More from the caller\",\"disclosesCrime\":false,\"version\":0}", Role.OFFICER));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/incidents/" + incident + "/closure",
                "{\"closingType\":\"ASSAULT\",\"version\":0}", Role.OFFICER));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/incidents/" + incident + "/counting-proposal", decision, Role.OFFICER));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/incidents/" + decided + "/decision", decision, Role.OFFICER));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/crimes/" + ref + "/reclassifications",
                "{\"toCode\":\"105A\",\"reason\":\"Injury found\",\"version\":0}", Role.OFFICER));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/crimes/" + ref + "/removals", """
                {"proposal":{"cancellationClass":"C","explanation":"Recorded twice","duplicateOfReference":"%s"},
                 "version":0}""".formatted(ref), Role.OFFICER));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/reclassifications/1/decision",
                "{\"approve\":true,\"note\":\"Agreed\"}", Role.CRIME_REGISTRAR));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/removals/1/decision",
                "{\"approve\":false,\"note\":\"Not a duplicate\"}", Role.CRIME_REGISTRAR));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/crimes/" + ref + "/outcome-check",
                "{\"outcomeType\":\"14\",\"reason\":\"Victim does not support\"}", Role.OFFICER));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/crimes/" + ref + "/outcomes",
                "{\"outcomeType\":\"18\",\"reason\":\"No suspect identified\"}", Role.OFFICER));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/outcomes/1/authorisation",
                "{\"grant\":true,\"note\":\"Proportionate\"}", Role.SUPERVISOR));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/victims/" + victim + "/contacts",
                "{\"channel\":\"PHONE\",\"summary\":\"Told of the crime number\",\"taskId\":null}", Role.VICTIM_SERVICE));
        seeds.add(new Seed(HttpMethod.PUT, "/api/v1/victims/" + victim + "/preference",
                "{\"channel\":\"EMAIL\",\"frequency\":\"MONTHLY\",\"safeToLeaveMessages\":true,\"notes\":\"Evenings\"}",
                Role.VICTIM_SERVICE));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/victim-tasks/1/close", "{\"declined\":false,\"note\":\"Done\"}",
                Role.VICTIM_SERVICE));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/victims/key-decisions",
                "{\"crimeReference\":\"%s\",\"entitlement\":\"TOLD_OF_DECISION\",\"decision\":\"Charged\"}".formatted(ref),
                Role.OFFICER));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/victims/satisfaction-responses", """
                {"crimeReference":"%s","surveyedOn":"2026-10-01","overall":2,"easeOfContact":1,"actionsTaken":3,
                 "keptInformed":2,"treatment":1}""".formatted(ref), Role.VICTIM_SERVICE));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/audits", """
                {"name":"Fuzz audit","population":"CRIME_RELATED_INCIDENTS","periodFrom":"2026-01-01",
                 "periodTo":"2026-06-30","stratified":false,"targetHalfWidth":0.05,"expectedRate":0.9,"seed":7}""",
                Role.AUDITOR));
        seeds.add(new Seed(HttpMethod.POST, "/api/v1/audits/1/incidents/1/judgements", """
                {"review":"FIRST","shouldHaveBeenRecorded":1,"recorded":1,"expectedClassifications":["8N"],
                 "correctlyClassified":true,"recordedOnTime":true,"victimInformed":true,"decisionCorrect":true,
                 "note":"Fine"}""", Role.AUDITOR));
        return seeds;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName() + ": " + cut(String.valueOf(cause.getMessage()));
    }

    static String cut(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    static Map<String, Integer> sorted(Map<String, Integer> map) {
        return new TreeMap<>(map);
    }
}
