package org.crimeledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crimeledger.DatabaseTest;
import org.crimeledger.HeldTransaction;
import org.crimeledger.RecordedCrimes;
import org.crimeledger.TestUsers;
import org.crimeledger.outcomes.OutcomeRequest;
import org.crimeledger.outcomes.Outcomes;
import org.crimeledger.recording.Crimes;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.crimeledger.victims.Entitlements;
import org.crimeledger.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two people acting on one record at the same moment: the second waits for the first to commit, then is refused
 * with 409 naming what the first did, and the record and its ledger show one change, not two.
 */
@DatabaseTest
class ConcurrentEditsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Entitlements entitlements;

    @Autowired
    Outcomes outcomes;

    @Autowired
    Crimes crimes;

    @Test
    void aVictimTaskClosedByTwoPeopleAtOnceIsClosedOnceAndTheSecondIsToldWhoClosedIt() throws Exception {
        var crime = new RecordedCrimes(mvc, accounts).record("49");
        long task = jdbc.sql("select min(id) from victim_task where victim_id = :v and status = 'OPEN'")
                .param("v", crime.victimId()).query(Long.class).single();
        Actor first = Actor.system("race.first", Role.VICTIM_SERVICE);
        Actor second = Actor.system("race.second", Role.VICTIM_SERVICE);

        Throwable refused = HeldTransaction.secondWhileFirstHeld(transactions, jdbc,
                () -> entitlements.close(task, false, "Letter sent", first),
                () -> entitlements.close(task, false, "Phoned instead", second));

        assertThat(refused).isInstanceOfSatisfying(InvalidRequestException.class, conflict -> {
            assertThat(conflict.status().value()).isEqualTo(409);
            assertThat(conflict.getMessage()).contains("race.first");
        });
        assertThat(jdbc.sql("select closed_by || ': ' || closing_note from victim_task where id = :id").param("id", task)
                .query(String.class).single()).isEqualTo("race.first: Letter sent");
        assertThat(ledgerEntries("victim_task", task)).isEqualTo(1);
    }

    @Test
    void anOutcomeAuthorisedAndRefusedAtOnceIsDecidedOnceAndTheSecondIsToldWhoDecided() throws Exception {
        var crime = new RecordedCrimes(mvc, accounts).record("105A", "[\"DOMESTIC_ABUSE\"]",
                "[{\"name\":\"Sam Suspect\"}]");
        long crimeId = crimes.findByReference(crime.reference()).orElseThrow().id();
        long suspect = jdbc.sql("select id from suspect where crime_id = :c").param("c", crimeId).query(Long.class)
                .single();
        Actor officer = Actor.system(TestUsers.ensure(accounts, Role.OFFICER), Role.OFFICER);
        long outcome = outcomes.apply(crimeId, new OutcomeRequest("8", suspect, null, null, "Victim's wish"), officer)
                .id();
        // domestic abuse: authorised in the Public Protection Unit, who alone of the supervisors may see it
        for (String supervisor : List.of("race.supervisor-a", "race.supervisor-b")) {
            if (!accounts.exists(supervisor)) {
                accounts.create(supervisor, supervisor, NeedToKnow.PUBLIC_PROTECTION_UNIT, TestUsers.PASSWORD,
                        Role.SUPERVISOR);
            }
        }
        Actor grants = Actor.system("race.supervisor-a", Role.SUPERVISOR);
        Actor refuses = Actor.system("race.supervisor-b", Role.SUPERVISOR);

        Throwable refused = HeldTransaction.secondWhileFirstHeld(transactions, jdbc,
                () -> outcomes.authorise(outcome, true, "Proportionate", grants),
                () -> outcomes.authorise(outcome, false, "Not proportionate", refuses));

        assertThat(refused).isInstanceOfSatisfying(InvalidRequestException.class, conflict -> {
            assertThat(conflict.status().value()).isEqualTo(409);
            assertThat(conflict.getMessage()).contains("applied").contains("race.supervisor-a");
        });
        assertThat(outcomes.require(outcome).status()).isEqualTo("APPLIED");
        assertThat(jdbc.sql("select count(*) from outcome_authorisation where outcome_id = :o").param("o", outcome)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoOutcomesGivenToOneCrimeAtOnceLeaveOneAndRefuseTheOther() throws Exception {
        var crime = new RecordedCrimes(mvc, accounts).record("49", "[]", "[{\"name\":\"Sam Suspect\"}]");
        long crimeId = crimes.findByReference(crime.reference()).orElseThrow().id();
        Actor first = Actor.system("race.officer-a", Role.OFFICER);
        Actor second = Actor.system("race.officer-b", Role.OFFICER);

        Throwable refused = HeldTransaction.secondWhileFirstHeld(transactions, jdbc,
                () -> outcomes.apply(crimeId, new OutcomeRequest("18", null, null, null, "No suspect found"), first),
                () -> outcomes.apply(crimeId, new OutcomeRequest("14", null, null, null, "Victim withdrew"), second));

        assertThat(refused).isInstanceOfSatisfying(InvalidRequestException.class,
                conflict -> assertThat(conflict.status().value()).isEqualTo(409));
        assertThat(jdbc.sql("select count(*) from crime_outcome where crime_id = :c").param("c", crimeId)
                .query(Long.class).single()).isEqualTo(1);
    }

    private long ledgerEntries(String type, long id) {
        return jdbc.sql("select count(*) from ledger_entry where record_type = :t and record_id = :id and before is not null")
                .param("t", type).param("id", Long.toString(id)).query(Long.class).single();
    }
}
