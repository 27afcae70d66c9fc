package org.crimeledger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** Records crimes through the API the way a call handler and an officer do, for tests of what follows. */
public final class RecordedCrimes {

    private final MockMvc mvc;
    private final UserAccounts accounts;

    public RecordedCrimes(MockMvc mvc, UserAccounts accounts) {
        this.mvc = mvc;
        this.accounts = accounts;
    }

    /** A recorded crime: its reference and its victim's id. */
    public record Recorded(String reference, Long victimId) {
    }

    public String openIncident(String openingType) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/incidents")
                .with(httpBasic(TestUsers.ensure(accounts, Role.CALL_HANDLER), TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"receivedAt":"%s","channel":"ONLINE","reporterName":"R","reporterRelation":"VICTIM",
                         "locationText":"L","openingType":"%s","teamCode":"RESPONSE-A","narrative":"N"}"""
                        .formatted(Instant.now().minus(1, ChronoUnit.HOURS), openingType)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.incident.reference");
    }

    /** Records one crime of this classification against one victim, with the given flags and suspects (JSON arrays). */
    public Recorded record(String classification, String flags, String suspects) throws Exception {
        String incident = openIncident("ASSAULT");
        String decision = decide(incident, """
                {"kind":"CRIMES_RECORDED","informationBasis":"Victim's account","version":0,
                 "victims":[{"name":"V","dateOfBirth":"1980-02-03"}],
                 "offences":[{"classificationCode":"%s","victims":[0]}],"flags":%s,"suspects":%s}"""
                .formatted(classification, flags, suspects));
        String reference = JsonPath.read(decision, "$.crimes[0].reference");
        Number victim = JsonPath.read(decision, "$.crimes[0].victimId");
        return new Recorded(reference, victim == null ? null : victim.longValue());
    }

    public Recorded record(String classification) throws Exception {
        return record(classification, "[]", "[]");
    }

    public String decide(String incident, String body) throws Exception {
        return mvc.perform(post("/api/v1/incidents/" + incident + "/decision")
                .with(httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    public String crimeStatus(String reference) throws Exception {
        return JsonPath.read(mvc.perform(get("/api/v1/crimes/" + reference)
                .with(httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD)))
                .andReturn().getResponse().getContentAsString(), "$.crime.status");
    }
}
