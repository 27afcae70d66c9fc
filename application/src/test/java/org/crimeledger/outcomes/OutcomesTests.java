package org.crimeledger.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.crimeledger.DatabaseTest;
import org.crimeledger.RecordedCrimes;
import org.crimeledger.TestUsers;
import org.crimeledger.security.NeedToKnow;
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

/** Giving crimes their outcomes: what finalises a crime, what is refused, and who may authorise what. */
@DatabaseTest
class OutcomesTests {

    static final String NAMED_SUSPECT = "[{\"name\":\"Sam Suspect\"}]";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    RecordedCrimes crimes;
    RequestPostProcessor officer;
    RequestPostProcessor supervisor;
    RequestPostProcessor registrar;

    @BeforeEach
    void users() {
        crimes = new RecordedCrimes(mvc, accounts);
        officer = httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD);
        supervisor = httpBasic(TestUsers.ensure(accounts, Role.SUPERVISOR), TestUsers.PASSWORD);
        String fcr = TestUsers.ensure(accounts, Role.CRIME_REGISTRAR);
        accounts.appointForceCrimeRegistrar(fcr);
        registrar = httpBasic(fcr, TestUsers.PASSWORD);
    }

    ResultActions apply(String crime, String body) throws Exception {
        return mvc.perform(post("/api/v1/crimes/" + crime + "/outcomes").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions authorise(RequestPostProcessor who, long outcomeId, boolean grant) throws Exception {
        return mvc.perform(post("/api/v1/outcomes/" + outcomeId + "/authorisation").with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"grant\":%s,\"note\":\"Reviewed the file\"}".formatted(grant)));
    }

    long suspect(String crime) {
        return jdbc.sql("select s.id from suspect s join crime c on c.id = s.crime_id where c.reference = :r")
                .param("r", crime).query(Long.class).single();
    }

    long outcomes(String crime) {
        return jdbc.sql("select count(*) from crime_outcome o join crime c on c.id = o.crime_id where c.reference = :r")
                .param("r", crime).query(Long.class).single();
    }

    List<String> victimTasks(long victimId) {
        return jdbc.sql("select entitlement from victim_task where victim_id = :v order by id").param("v", victimId)
                .query(String.class).list();
    }

    @Test
    void aChargeFinalisesTheCrimeRecordsWhoAndWhenAndOpensTheVictimsUpdate() throws Exception {
        var crime = crimes.record("8N", "[]", NAMED_SUSPECT);
        Instant before = Instant.now().minusSeconds(1);
        String body = apply(crime.reference(), """
                {"outcomeType":"1","suspectId":%d,"reason":"Charged, court date 3 March"}""".formatted(suspect(crime.reference())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.proposedBy").value(TestUsers.username(Role.OFFICER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Instant.parse(JsonPath.read(body, "$.appliedAt"))).isAfter(before);
        assertThat(crimes.crimeStatus(crime.reference())).isEqualTo("FINALISED");
        assertThat(victimTasks(crime.victimId())).endsWith("UPDATE_ON_DECISION", "OFFENDER_INFORMATION");
        assertThat(jdbc.sql("""
                select count(*) from ledger_entry where record_type = 'crime' and action = 'OutcomeApplied'
                  and record_id = (select id::text from crime where reference = :r)""")
                .param("r", crime.reference()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCautionPutsItsIncidentInTheAuditsOutOfCourtDisposalPopulationAndAChargeDoesNot() throws Exception {
        var cautioned = crimes.record("8N", "[]", NAMED_SUSPECT);
        apply(cautioned.reference(), """
                {"outcomeType":"3","suspectId":%d,"previousOffences":0,"reason":"Admitted, first offence"}"""
                .formatted(suspect(cautioned.reference())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("APPLIED"));
        var charged = crimes.record("8N", "[]", NAMED_SUSPECT);
        apply(charged.reference(), """
                {"outcomeType":"1","suspectId":%d,"reason":"Charged"}""".formatted(suspect(charged.reference())))
                .andExpect(status().isCreated());
        String inPopulation = "select count(*) from incident i join crime c on c.incident_id = i.id where c.reference = :r and "
                + org.crimeledger.audit.AuditPopulation.OUT_OF_COURT_DISPOSALS.condition();
        assertThat(jdbc.sql(inPopulation).param("r", cautioned.reference()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql(inPopulation).param("r", charged.reference()).query(Long.class).single()).isZero();
        String allowed = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = 'audit_plan_population_check'")
                .query(String.class).single();
        assertThat(org.crimeledger.audit.AuditPopulation.values())
                .allSatisfy(population -> assertThat(allowed).contains("'" + population.name() + "'"));
    }

    @Test
    void aNamedSuspectOutcomeWithoutASuspectIsRefusedAndNothingChanges() throws Exception {
        var crime = crimes.record("8N");
        apply(crime.reference(), "{\"outcomeType\":\"3\",\"previousOffences\":0,\"reason\":\"Admitted\"}")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("suspectId"));
        assertThat(crimes.crimeStatus(crime.reference())).isEqualTo("RECORDED");
        assertThat(outcomes(crime.reference())).isZero();
        assertThat(victimTasks(crime.victimId())).doesNotContain("UPDATE_ON_DECISION");
    }

    @Test
    void noSuspectIdentifiedEndsTheInvestigationAndTheVictimIsToldOfTheRightToReview() throws Exception {
        var crime = crimes.record("49");
        apply(crime.reference(), "{\"outcomeType\":\"18\",\"reason\":\"No CCTV, no witnesses\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("APPLIED"));
        assertThat(victimTasks(crime.victimId())).endsWith("TOLD_INVESTIGATION_ENDED");
        apply(crime.reference(), "{\"outcomeType\":\"18\",\"reason\":\"Again\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("crimeId"));
    }

    @Test
    void anOutcomeOnACancelledCrimeIsRefused() throws Exception {
        var crime = crimes.record("8N", "[]", NAMED_SUSPECT);
        String removal = JsonPath.read(mvc.perform(post("/api/v1/crimes/" + crime.reference() + "/removals").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"version":0,"proposal":{"cancellationClass":"C2","explanation":"It did not happen",
                         "additionalInformation":"Phone records verified by the provider",
                         "evidenceReference":"EXH-1","victimToldAt":"%s"}}""".formatted(Instant.now().minusSeconds(60))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id").toString();
        mvc.perform(post("/api/v1/removals/" + removal + "/decision").with(registrar)
                .contentType(MediaType.APPLICATION_JSON).content("{\"approve\":true,\"note\":\"Checked\"}"))
                .andExpect(status().isOk());
        apply(crime.reference(), """
                {"outcomeType":"1","suspectId":%d,"reason":"Charged"}""".formatted(suspect(crime.reference())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("crimeId"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cancelled")));
        assertThat(outcomes(crime.reference())).isZero();
    }

    @Test
    void aCommunityResolutionForDomesticAbuseWaitsForASupervisorWhoIsNotTheProposer() throws Exception {
        var crime = crimes.record("105A", "[\"DOMESTIC_ABUSE\"]", NAMED_SUSPECT);
        String body = apply(crime.reference(), """
                {"outcomeType":"8","suspectId":%d,"reason":"Victim's wish, first incident"}""".formatted(suspect(crime.reference())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.needsAuthorisation[0]").value("COMMUNITY_RESOLUTION_DOMESTIC_ABUSE"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(crimes.crimeStatus(crime.reference())).isEqualTo("RECORDED");

        authorise(officer, id, true).andExpect(status().isForbidden());
        // a supervisor outside the PPU is told there is no such outcome, as for an id that does not exist
        authorise(supervisor, id, true)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("There is no outcome '" + id + "'"));
        if (!accounts.exists("outcomes.ppu-supervisor")) {
            accounts.create("outcomes.ppu-supervisor", "PPU supervisor", NeedToKnow.PUBLIC_PROTECTION_UNIT,
                    TestUsers.PASSWORD, Role.SUPERVISOR);
        }
        authorise(httpBasic("outcomes.ppu-supervisor", TestUsers.PASSWORD), id, true).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.authorisations[0].authorisedBy").value("outcomes.ppu-supervisor"))
                .andExpect(jsonPath("$.authorisations[0].policyCode").value("COMMUNITY_RESOLUTION_DOMESTIC_ABUSE"));
        assertThat(crimes.crimeStatus(crime.reference())).isEqualTo("FINALISED");
    }

    @Test
    void aCautionForRobberyNeedsTheRegistrarAndASupervisorIsRefusedWithNothingChanged() throws Exception {
        var crime = crimes.record("34B", "[]", NAMED_SUSPECT);
        String body = apply(crime.reference(), """
                {"outcomeType":"3","suspectId":%d,"previousOffences":5,"reason":"Admitted in interview"}"""
                .formatted(suspect(crime.reference())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PROPOSED"))
                .andReturn().getResponse().getContentAsString();
        List<String> needs = JsonPath.read(body, "$.needsAuthorisation");
        assertThat(needs).containsExactlyInAnyOrder("OUT_OF_COURT_INDICTABLE_ONLY", "SIGNIFICANT_OFFENDING_HISTORY");
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        authorise(supervisor, id, true).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("authorisation"));
        assertThat(jdbc.sql("select count(*) from outcome_authorisation where outcome_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(crimes.crimeStatus(crime.reference())).isEqualTo("RECORDED");

        authorise(registrar, id, false).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"));
        assertThat(crimes.crimeStatus(crime.reference())).isEqualTo("RECORDED");
    }

    @Test
    void theHomeOfficeListInForceMakesBlackmailIndictableOnlyThoughTheForcesOwnListOmitsIt() throws Exception {
        // Class 35 (blackmail, 14 years) is indictable only in the notifiable offence list but not in
        // indictable_only_offence: the list in force on the report date decides.
        assertThat(jdbc.sql("select count(*) from indictable_only_offence where classification_code = '35'")
                .query(Long.class).single()).isZero();
        var crime = crimes.record("35", "[]", NAMED_SUSPECT);
        String body = apply(crime.reference(), """
                {"outcomeType":"3","suspectId":%d,"previousOffences":0,"reason":"Admitted in interview"}"""
                .formatted(suspect(crime.reference())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PROPOSED"))
                .andReturn().getResponse().getContentAsString();
        List<String> needs = JsonPath.read(body, "$.needsAuthorisation");
        assertThat(needs).containsExactly("OUT_OF_COURT_INDICTABLE_ONLY");
    }

    @Test
    void aTakenIntoConsiderationOutcomeMustNameItsCase() throws Exception {
        var crime = crimes.record("49", "[]", NAMED_SUSPECT);
        long suspect = suspect(crime.reference());
        apply(crime.reference(), "{\"outcomeType\":\"4\",\"suspectId\":%d,\"reason\":\"Admitted\"}".formatted(suspect))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("ticCaseReference"));
        apply(crime.reference(), """
                {"outcomeType":"4","suspectId":%d,"ticCaseReference":"T20267001","reason":"Admitted"}""".formatted(suspect))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ticCaseReference").value("T20267001"));
    }

    @Test
    void theOutcomeMixHasIntervalsAndNoOfficer() throws Exception {
        var crime = crimes.record("49");
        apply(crime.reference(), "{\"outcomeType\":\"18\",\"reason\":\"No lines of enquiry\"}").andExpect(status().isCreated());
        String analyst = TestUsers.ensure(accounts, Role.ANALYST);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        String mix = mvc.perform(get("/api/v1/outcomes/mix?from=" + today + "&to=" + today)
                .with(httpBasic(analyst, TestUsers.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Number> lower = JsonPath.read(mix, "$[?(@.share.offenceGroup == 'THEFT_OFFENCES' && "
                + "@.share.outcomeGroup == 'INVESTIGATION_COMPLETE_NO_SUSPECT')].lower95");
        assertThat(lower).singleElement().satisfies(l -> assertThat(l.doubleValue()).isBetween(0.0, 1.0));
        assertThat(mix).doesNotContain("proposedBy").doesNotContain(TestUsers.username(Role.OFFICER));
    }
}
