package org.crimeledger.standards;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** The crime-recording decision offers and accepts only the classes in force on the day the incident was reported. */
@DatabaseTest
class ClassesByReportDateTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void aBurglaryReportedInMarch2023IsOfferedTheClassesOfThatYearAndRefusedTheApril2023Ones() throws Exception {
        var callHandler = httpBasic(TestUsers.ensure(accounts, Role.CALL_HANDLER), TestUsers.PASSWORD);
        var officer = httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD);
        String json = mvc.perform(post("/api/v1/incidents").with(callHandler).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"receivedAt":"2023-03-15T10:00:00Z","channel":"EMERGENCY_999","reporterName":"Pat Caller",
                                 "reporterRelation":"VICTIM","locationText":"High Street, Demoton","openingType":"ASSAULT",
                                 "teamCode":"RESPONSE-A","narrative":"Back door forced, laptop taken from the kitchen."}"""))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String reference = JsonPath.read(json, "$.incident.reference");
        int version = JsonPath.read(json, "$.incident.version");

        mvc.perform(get("/incidents/" + reference + "/decision").with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"28E\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"28I\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"28A\""))));

        mvc.perform(post("/api/v1/incidents/" + reference + "/decision").with(officer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"CRIMES_RECORDED","informationBasis":"Victim confirmed the break-in","version":%d,
                                 "victims":[{"name":"Alex Victim"}],
                                 "offences":[{"classificationCode":"28I","victims":[0]}]}""".formatted(version)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", Matchers.containsString("not in force on 2023-03-15")))
                .andExpect(content().string(Matchers.containsString("offences[0].classificationCode")));

        String decision = mvc.perform(post("/api/v1/incidents/" + reference + "/decision").with(officer)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"CRIMES_RECORDED","informationBasis":"Victim confirmed the break-in","version":%d,
                                 "warningsReason":"Decided years after the report, in this test",
                                 "victims":[{"name":"Alex Victim"}],
                                 "offences":[{"classificationCode":"28E","victims":[0]}]}""".formatted(version)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String crime = JsonPath.read(decision, "$.crimes[0].reference");
        mvc.perform(post("/api/v1/crimes/" + crime + "/reclassifications").with(officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toCode\":\"28I\",\"reason\":\"Entry was to the house\",\"version\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", Matchers.containsString("28I was not in force on 2023-03-15")));
        mvc.perform(get("/api/v1/crimes/" + crime).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Burglary - residential")));
    }
}
