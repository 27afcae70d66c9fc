package org.crimeledger.victims.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.crimeledger.DatabaseTest;
import org.crimeledger.RecordedCrimes;
import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The victims' and outcomes' pages as each role sees them, rendered from their templates. */
@DatabaseTest
class VictimAndOutcomePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    RecordedCrimes crimes;

    @BeforeEach
    void setUp() {
        crimes = new RecordedCrimes(mvc, accounts);
    }

    RequestPostProcessor as(Role role) {
        return user(TestUsers.ensure(accounts, role)).roles(role.name());
    }

    @Test
    void theVictimServiceWorksAVictimFromTheQueue() throws Exception {
        var crime = crimes.record("49");
        mvc.perform(get("/victims/queue?entitlement=REFERRAL_TO_SUPPORT").with(as(Role.VICTIM_SERVICE)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Victim service queue")))
                .andExpect(content().string(containsString("Referral to victim support services")));
        mvc.perform(post("/victims/" + crime.victimId() + "/contacts").with(as(Role.VICTIM_SERVICE)).with(csrf())
                .param("channel", "PHONE").param("summary", "Agreed weekly calls"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "Contact logged"));
        mvc.perform(post("/victims/" + crime.victimId() + "/contacts").with(as(Role.VICTIM_SERVICE)).with(csrf())
                .param("channel", "PHONE").param("summary", ""))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("errors"));
        mvc.perform(get("/victims/" + crime.victimId()).with(as(Role.VICTIM_SERVICE)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Agreed weekly calls")))
                .andExpect(content().string(containsString("Written acknowledgement")));
        mvc.perform(get("/").with(as(Role.VICTIM_SERVICE)))
                .andExpect(content().string(containsString("Victims&#39; Code tasks due today")));
    }

    @Test
    void theNeedsAssessmentFormRecordsTheFlagsAndThePageShowsThem() throws Exception {
        var crime = crimes.record("49");
        mvc.perform(post("/victims/" + crime.victimId() + "/needs-assessment").with(as(Role.VICTIM_SERVICE)).with(csrf())
                .param("flags", "INTIMIDATED").param("note", ""))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("errors"));
        mvc.perform(post("/victims/" + crime.victimId() + "/needs-assessment").with(as(Role.VICTIM_SERVICE)).with(csrf())
                .param("flags", "INTIMIDATED", "PERSISTENTLY_TARGETED").param("note", "Neighbour has threatened her twice"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "Needs assessment recorded"));
        mvc.perform(get("/victims/" + crime.victimId()).with(as(Role.VICTIM_SERVICE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Latest assessment found: INTIMIDATED, PERSISTENTLY_TARGETED")));
    }

    @Test
    void aRestrictedVictimsPageIsNotFoundOutsideThePublicProtectionUnit() throws Exception {
        var crime = crimes.record("20A");
        mvc.perform(get("/victims/" + crime.victimId()).with(as(Role.VICTIM_SERVICE))).andExpect(status().isNotFound());
        mvc.perform(get("/victims/999999999").with(as(Role.VICTIM_SERVICE))).andExpect(status().isNotFound());
    }

    @Test
    void measuresPagesRenderWithTheirDownload() throws Exception {
        mvc.perform(get("/victims/compliance").with(as(Role.ANALYST))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Download as CSV")));
        mvc.perform(get("/victims/compliance.csv").with(as(Role.PCC))).andExpect(status().isOk())
                .andExpect(content().string(containsString("quarter,measure")));
        mvc.perform(get("/victims/satisfaction").with(as(Role.VICTIM_SERVICE))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Record a survey response")));
        mvc.perform(get("/victims/satisfaction").with(as(Role.PCC))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Record a survey response"))));
    }

    @Test
    void anOfficerGivesAnOutcomeOnThePageAndTheMixShowsIt() throws Exception {
        var crime = crimes.record("49");
        mvc.perform(get("/outcomes/crimes/" + crime.reference()).with(as(Role.OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Give an outcome")));
        mvc.perform(post("/outcomes/crimes/" + crime.reference()).with(as(Role.OFFICER)).with(csrf())
                .param("outcomeType", "1").param("reason", "Charged"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("errors"));
        mvc.perform(post("/outcomes/crimes/" + crime.reference()).with(as(Role.OFFICER)).with(csrf())
                .param("outcomeType", "18").param("reason", "No lines of enquiry"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("message"));
        mvc.perform(get("/outcomes/crimes/" + crime.reference()).with(as(Role.OFFICER)))
                .andExpect(content().string(containsString("Finalised")));
        mvc.perform(get("/outcomes/authorisations").with(as(Role.SUPERVISOR))).andExpect(status().isOk());
        mvc.perform(get("/outcomes/statistics").with(as(Role.ANALYST))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Investigation complete - no suspect identified")));
        mvc.perform(get("/outcomes/statistics").with(as(Role.OFFICER))).andExpect(status().isForbidden());
    }
}
