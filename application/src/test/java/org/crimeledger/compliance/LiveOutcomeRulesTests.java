package org.crimeledger.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.crimeledger.DatabaseTest;
import org.crimeledger.RecordedCrimes;
import org.crimeledger.TestUsers;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * The outcome and flag rules over live records in the batch: outcomes applied through the application, with their
 * authorisations, and outcomes as an older system or a migration may have left them (applied with no authorisation,
 * written to the ledger as any change is).
 */
@DatabaseTest
class LiveOutcomeRulesTests {

    static final String NAMED_SUSPECT = "[{\"name\":\"Sam Suspect\"}]";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ComplianceRuns runs;

    @Autowired
    Ledger ledger;

    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate transactions;

    RecordedCrimes crimes;

    @BeforeEach
    void users() {
        crimes = new RecordedCrimes(mvc, accounts);
        transactions = new TransactionTemplate(transactionManager);
        // the registrar's test account is the Force Crime Registrar in every test that signs in with it
        accounts.appointForceCrimeRegistrar(TestUsers.ensure(accounts, Role.CRIME_REGISTRAR));
    }

    private long suspect(String crime) {
        return jdbc.sql("select s.id from suspect s join crime c on c.id = s.crime_id where c.reference = :r")
                .param("r", crime).query(Long.class).single();
    }

    /** Applies an outcome through the API and, when it waits for one, has the given role authorise it. */
    private void applyAndAuthorise(String crime, String body, Role authoriser) throws Exception {
        applyAndAuthorise(crime, body, TestUsers.ensure(accounts, authoriser));
    }

    private void applyAndAuthorise(String crime, String body, String authoriser) throws Exception {
        String answer = mvc.perform(post("/api/v1/crimes/" + crime + "/outcomes")
                        .with(httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        if ("PROPOSED".equals(JsonPath.read(answer, "$.status"))) {
            long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
            mvc.perform(post("/api/v1/outcomes/" + id + "/authorisation")
                            .with(httpBasic(authoriser, TestUsers.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"grant\":true,\"note\":\"Reviewed\"}"))
                    .andExpect(status().isOk());
        }
    }

    /** A supervisor in the Public Protection Unit: domestic abuse is theirs to authorise (need-to-know, ADR 0011). */
    private String ppuSupervisor() {
        String username = "live-outcomes.ppu-supervisor";
        if (!accounts.exists(username)) {
            accounts.create(username, username, NeedToKnow.PUBLIC_PROTECTION_UNIT, TestUsers.PASSWORD, Role.SUPERVISOR);
        }
        return username;
    }

    /** An applied outcome written as a migrated record: no authorisation, as the rules must catch. */
    private void appliedWithoutAuthorisation(String crime, String type, Integer previousOffences) {
        transactions.executeWithoutResult(status -> {
            long id = jdbc.sql("""
                    insert into crime_outcome (crime_id, outcome_type_code, previous_offences, reason, status, proposed_by,
                        proposed_role, proposed_at, applied_at)
                    select id, :type, :previous, 'Migrated from the old system', 'APPLIED', 'migration', 'OFFICER', now(),
                        now()
                    from crime where reference = :crime returning id""")
                    .param("type", type).param("previous", previousOffences).param("crime", crime)
                    .query(Long.class).single();
            ledger.recordChange(LedgeredChange.created(Actor.system("migration", Role.OFFICER), "OutcomeApplied",
                    "crime_outcome", id, "Migrated from the old system"));
        });
    }

    private List<String> findings(String crime) {
        RuleRun run = runs.runNow("live outcome test");
        return jdbc.sql("""
                select f.rule_code from rule_finding f join incident i on i.id = f.incident_id
                join crime c on c.incident_id = i.id where f.run_id = :run and c.reference = :crime order by f.rule_code""")
                .param("run", run.id()).param("crime", crime).query(String.class).list();
    }

    @Test
    void aCautionForRobberyWithNoSeniorAuthorisationIsFoundAndOneTheRegistrarAuthorisedIsNot() throws Exception {
        var unauthorised = crimes.record("34B", "[]", NAMED_SUSPECT);
        appliedWithoutAuthorisation(unauthorised.reference(), "3", 0);
        var authorised = crimes.record("34B", "[]", NAMED_SUSPECT);
        applyAndAuthorise(authorised.reference(), """
                {"outcomeType":"3","suspectId":%d,"previousOffences":0,"reason":"Admitted in interview"}"""
                .formatted(suspect(authorised.reference())), Role.CRIME_REGISTRAR);

        assertThat(findings(unauthorised.reference())).contains("CRR-OUT-002");
        assertThat(findings(authorised.reference())).doesNotContain("CRR-OUT-002");
    }

    @Test
    void aCommunityResolutionForDomesticAbuseNeedsTheSupervisorsAuthorityInBatchToo() throws Exception {
        var unauthorised = crimes.record("105A", "[\"DOMESTIC_ABUSE\"]", NAMED_SUSPECT);
        appliedWithoutAuthorisation(unauthorised.reference(), "8", null);
        var authorised = crimes.record("105A", "[\"DOMESTIC_ABUSE\"]", NAMED_SUSPECT);
        applyAndAuthorise(authorised.reference(), """
                {"outcomeType":"8","suspectId":%d,"reason":"Victim's wish, first incident"}"""
                .formatted(suspect(authorised.reference())), ppuSupervisor());

        assertThat(findings(unauthorised.reference())).contains("CRR-OUT-004");
        assertThat(findings(authorised.reference())).doesNotContain("CRR-OUT-004");
    }

    @Test
    void aPenaltyNoticeForAPersonWithALongHistoryIsAWarningEvenWhenAuthorised() throws Exception {
        var crime = crimes.record("105A", "[]", NAMED_SUSPECT);
        applyAndAuthorise(crime.reference(), """
                {"outcomeType":"6","suspectId":%d,"previousOffences":9,"reason":"Admitted, first disorder"}"""
                .formatted(suspect(crime.reference())), Role.SUPERVISOR);
        var firstTime = crimes.record("105A", "[]", NAMED_SUSPECT);
        applyAndAuthorise(firstTime.reference(), """
                {"outcomeType":"6","suspectId":%d,"previousOffences":0,"reason":"Admitted"}"""
                .formatted(suspect(firstTime.reference())), Role.SUPERVISOR);

        assertThat(findings(crime.reference())).contains("CRR-OUT-006");
        assertThat(findings(firstTime.reference())).doesNotContain("CRR-OUT-006");
    }

    @Test
    void anOutcomeNeedingANamedSuspectOnACrimeWithoutOneIsFound() throws Exception {
        var crime = crimes.record("105A", "[]", "[{\"description\":\"Tall, dark coat\"}]");
        appliedWithoutAuthorisation(crime.reference(), "1", null);

        assertThat(findings(crime.reference())).contains("CRR-OUT-001");
    }
}
