package org.crimeledger.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.crimeledger.DatabaseTest;
import org.crimeledger.RecordedCrimes;
import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The catalogue at the point of entry beyond the decision: an outcome that breaks a rule is refused as problem+json
 * with the rule's code and nothing is written; an outcome raising a warning goes ahead and the warning is kept with
 * the outcome's reason; changes that break nothing keep nothing.
 */
@DatabaseTest
class EntryScreeningTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    RecordedCrimes crimes;

    @BeforeEach
    void users() {
        crimes = new RecordedCrimes(mvc, accounts);
    }

    private ResultActions outcome(String crime, String body) throws Exception {
        return mvc.perform(post("/api/v1/crimes/" + crime + "/outcomes")
                .with(httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long suspect(String crime) {
        return jdbc.sql("select s.id from suspect s join crime c on c.id = s.crime_id where c.reference = :r")
                .param("r", crime).query(Long.class).single();
    }

    private long count(String sql, String crime) {
        return jdbc.sql(sql).param("crime", crime).query(Long.class).single();
    }

    private List<String> acknowledged(String crime) {
        return jdbc.sql("""
                select a.rule_code || ' ' || a.reason from rule_acknowledgement a join crime c on c.incident_id = a.incident_id
                where c.reference = :crime order by a.id""").param("crime", crime).query(String.class).list();
    }

    @Test
    void aCommunityResolutionForRobberyIsRefusedWithTheRulesCodeAndNothingIsWritten() throws Exception {
        var crime = crimes.record("34B", "[]", "[{\"name\":\"Sam Suspect\"}]");
        outcome(crime.reference(), """
                {"outcomeType":"8","suspectId":%d,"reason":"Victim's wish"}""".formatted(suspect(crime.reference())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("outcomeType"))
                .andExpect(jsonPath("$.errors[0].reason", Matchers.containsString("CRR-OUT-003")));
        assertThat(count("select count(*) from crime_outcome o join crime c on c.id = o.crime_id where c.reference = :crime",
                crime.reference())).isZero();
    }

    @Test
    void aNoSuspectOutcomeOnACrimeNamingASuspectGoesAheadWithItsWarningKeptWithTheReason() throws Exception {
        var crime = crimes.record("105A", "[]", "[{\"name\":\"Sam Suspect\"}]");
        outcome(crime.reference(), "{\"outcomeType\":\"18\",\"reason\":\"Suspect's identity never established\"}")
                .andExpect(status().isCreated());
        assertThat(acknowledged(crime.reference())).containsExactly("CRR-OUT-009 Suspect's identity never established");
    }

    @Test
    void anOutcomeBreakingNothingKeepsNothing() throws Exception {
        var crime = crimes.record("105A");
        outcome(crime.reference(), "{\"outcomeType\":\"18\",\"reason\":\"No CCTV, no witnesses\"}")
                .andExpect(status().isCreated());
        assertThat(acknowledged(crime.reference())).isEmpty();
    }
}
