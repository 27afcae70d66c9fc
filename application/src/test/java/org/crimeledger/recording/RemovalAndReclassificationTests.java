package org.crimeledger.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** Cancellations, transfers and downgrades: who may propose, who may decide, and what each needs. */
@DatabaseTest
class RemovalAndReclassificationTests {

    private static final String DESIGNATED_DECISION_MAKER = "test.ddm";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    RequestPostProcessor officer;
    RequestPostProcessor registrar;
    RequestPostProcessor ddm;

    @BeforeEach
    void users() {
        officer = httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD);
        String fcr = TestUsers.ensure(accounts, Role.CRIME_REGISTRAR);
        accounts.appointForceCrimeRegistrar(fcr);
        registrar = httpBasic(fcr, TestUsers.PASSWORD);
        if (!accounts.exists(DESIGNATED_DECISION_MAKER)) {
            accounts.create(DESIGNATED_DECISION_MAKER, "Test DDM", "RESPONSE-A", TestUsers.PASSWORD, Role.CRIME_REGISTRAR);
        }
        ddm = httpBasic(DESIGNATED_DECISION_MAKER, TestUsers.PASSWORD);
    }

    @Test
    void aCancellationWithoutItsAdditionalVerifiableInformationIsRefusedAndNothingIsWritten() throws Exception {
        String crime = recordCrime("8N");
        propose(crime, """
                {"version":0,"proposal":{"cancellationClass":"C2","explanation":"Victim says it did not happen",
                 "evidenceReference":"STMT-1","victimToldAt":"%s"}}""".formatted(Instant.now().minusSeconds(60)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("additionalInformation"));
        crimeView(crime).andExpect(jsonPath("$.removals.length()").value(0));
    }

    @Test
    void selfDefenceIsOnlyForTheAssaultsTheRulesName() throws Exception {
        String crime = recordCrime("34B");
        propose(crime, """
                {"version":0,"proposal":{"cancellationClass":"C5","explanation":"Self-defence",
                 "additionalInformation":"CCTV","evidenceReference":"CCTV-9","victimToldAt":"%s"}}"""
                .formatted(Instant.now().minusSeconds(60)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("cancellationClass"));
    }

    @Test
    void onlyTheForceCrimeRegistrarMayCancelARape() throws Exception {
        String crime = recordCrime("19C");
        String removal = JsonPath.read(propose(crime, """
                {"version":0,"proposal":{"cancellationClass":"C2","explanation":"Compelling evidence it did not occur",
                 "additionalInformation":"Phone records received 20 Nov from the network; verified by the provider",
                 "evidenceReference":"EXH-12","victimToldAt":"%s"}}""".formatted(Instant.now().minusSeconds(60)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id").toString();

        decide(ddm, "/api/v1/removals/" + removal + "/decision").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Only the Force Crime Registrar")));
        decide(officer, "/api/v1/removals/" + removal + "/decision").andExpect(status().isForbidden());
        decide(registrar, "/api/v1/removals/" + removal + "/decision").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        crimeView(crime).andExpect(jsonPath("$.crime.status").value("CANCELLED"))
                .andExpect(jsonPath("$.removals[0].decidedBy").value(TestUsers.username(Role.CRIME_REGISTRAR)));
    }

    @Test
    void aDowngradeWaitsForARegistrarAndAnUpgradeDoesNot() throws Exception {
        String crime = recordCrime("8N");
        reclassify(crime, "105A", 0).andExpect(status().isCreated())
                .andExpect(jsonPath("$.downgrade").value(true)).andExpect(jsonPath("$.status").value("PROPOSED"));
        crimeView(crime).andExpect(jsonPath("$.crime.classificationCode").value("8N"));

        String other = recordCrime("105A");
        reclassify(other, "8N", 0).andExpect(status().isCreated())
                .andExpect(jsonPath("$.downgrade").value(false)).andExpect(jsonPath("$.status").value("APPLIED"));
        crimeView(other).andExpect(jsonPath("$.crime.classificationCode").value("8N"));
    }

    @Test
    void aRegistrarApprovesADowngradeAndTheHistoryKeepsBothSteps() throws Exception {
        String crime = recordCrime("8N");
        String id = JsonPath.read(reclassify(crime, "105A", 0).andReturn().getResponse().getContentAsString(), "$.id")
                .toString();
        decide(registrar, "/api/v1/reclassifications/" + id + "/decision").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED"));
        crimeView(crime).andExpect(jsonPath("$.crime.classificationCode").value("105A"))
                .andExpect(jsonPath("$.reclassifications[0].proposedBy").value(TestUsers.username(Role.OFFICER)))
                .andExpect(jsonPath("$.reclassifications[0].decidedBy").value(TestUsers.username(Role.CRIME_REGISTRAR)));
    }

    private String recordCrime(String classification) throws Exception {
        RequestPostProcessor handler = httpBasic(TestUsers.ensure(accounts, Role.CALL_HANDLER), TestUsers.PASSWORD);
        String incident = JsonPath.read(mvc.perform(post("/api/v1/incidents").with(handler)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"receivedAt":"%s","channel":"ONLINE","reporterName":"R","reporterRelation":"VICTIM",
                         "locationText":"L","openingType":"ASSAULT","teamCode":"RESPONSE-A","narrative":"N"}"""
                        .formatted(Instant.now().minus(1, ChronoUnit.HOURS))))
                .andReturn().getResponse().getContentAsString(), "$.incident.reference");
        String decision = mvc.perform(post("/api/v1/incidents/" + incident + "/decision").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"CRIMES_RECORDED","informationBasis":"Victim's account","version":0,
                         "victims":[{"name":"V"}],"offences":[{"classificationCode":"%s","victims":[0]}]}"""
                        .formatted(classification)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(decision, "$.crimes[0].reference");
    }

    private ResultActions propose(String crime, String body) throws Exception {
        return mvc.perform(post("/api/v1/crimes/" + crime + "/removals").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions reclassify(String crime, String to, int version) throws Exception {
        return mvc.perform(post("/api/v1/crimes/" + crime + "/reclassifications").with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"toCode\":\"%s\",\"reason\":\"New information\",\"version\":%d}".formatted(to, version)));
    }

    private ResultActions decide(RequestPostProcessor who, String path) throws Exception {
        return mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON)
                .content("{\"approve\":true,\"note\":\"Checked\"}"));
    }

    private ResultActions crimeView(String crime) throws Exception {
        return mvc.perform(get("/api/v1/crimes/" + crime).with(officer));
    }
}
