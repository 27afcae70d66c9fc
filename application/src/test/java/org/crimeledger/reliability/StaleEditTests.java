package org.crimeledger.reliability;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** Two people editing one incident: the second, stale edit is refused with 409 naming what the first changed. */
@DatabaseTest
class StaleEditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void aStaleUpdateIsRefusedNamingWhoChangedWhat() throws Exception {
        String firstUser = TestUsers.ensure(accounts, Role.CALL_HANDLER);
        RequestPostProcessor first = httpBasic(firstUser, TestUsers.PASSWORD);
        RequestPostProcessor second = httpBasic(TestUsers.ensure(accounts, Role.SUPERVISOR), TestUsers.PASSWORD);
        String json = mvc.perform(post("/api/v1/incidents").with(first).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"receivedAt":"%s","channel":"NON_EMERGENCY_101","reporterName":"Pat Caller",
                         "reporterRelation":"VICTIM","locationText":"Mill Lane","openingType":"ASB_NUISANCE",
                         "teamCode":"RESPONSE-A","narrative":"Noise from a party."}"""
                        .formatted(Instant.now().minus(1, ChronoUnit.HOURS))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String reference = JsonPath.read(json, "$.incident.reference");
        int seen = JsonPath.read(json, "$.incident.version");

        mvc.perform(post("/api/v1/incidents/" + reference + "/updates").with(first)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Party now has a fight\",\"disclosesCrime\":true,\"version\":" + seen + "}"))
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/incidents/" + reference + "/updates").with(second)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Music turned down\",\"version\":" + seen + "}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.detail", allOf(containsString("now version " + (seen + 1)),
                        containsString("CrimeDisclosed by " + firstUser), containsString("decision_status"))));
    }
}
