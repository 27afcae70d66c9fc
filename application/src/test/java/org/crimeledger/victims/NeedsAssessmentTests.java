package org.crimeledger.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.crimeledger.DatabaseTest;
import org.crimeledger.RecordedCrimes;
import org.crimeledger.TestUsers;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The needs assessment: the flags it records give enhanced rights through the criteria, bring the victim's open
 * tasks forward, and the queue's counts stay equal to the tasks themselves.
 */
@DatabaseTest
class NeedsAssessmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VictimsCode code;

    @Autowired
    VictimQueue queue;

    @Autowired
    Entitlements entitlements;

    RecordedCrimes crimes;
    RequestPostProcessor victimService;

    @BeforeEach
    void users() {
        crimes = new RecordedCrimes(mvc, accounts);
        victimService = httpBasic(TestUsers.ensure(accounts, Role.VICTIM_SERVICE), TestUsers.PASSWORD);
    }

    record Task(String entitlement, LocalDate dueOn, boolean enhanced, String status) {
    }

    List<Task> tasks(long victimId) {
        return jdbc.sql("select entitlement, due_on, enhanced, status from victim_task where victim_id = :v order by id")
                .param("v", victimId).query(Task.class).list();
    }

    @Test
    void aVulnerableVictimGetsEnhancedRightsAndTheirOpenTasksComeForward() throws Exception {
        var crime = crimes.record("49");
        List<Task> before = tasks(crime.victimId());
        assertThat(before).allSatisfy(t -> assertThat(t.enhanced()).isFalse());

        mvc.perform(post("/api/v1/victims/" + crime.victimId() + "/needs-assessment").with(victimService)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"flags\":[\"VULNERABLE\"],\"note\":\"Lives alone with a learning disability; wants calls\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enhancedRights[0]").value("VULNERABLE"))
                .andExpect(jsonPath("$.tasksBroughtForward").value(3));

        List<Task> after = tasks(crime.victimId());
        assertThat(after).filteredOn(t -> t.entitlement().equals("NEEDS_ASSESSMENT"))
                .singleElement().satisfies(t -> assertThat(t.status()).isEqualTo("DONE"));
        assertThat(after).filteredOn(t -> t.status().equals("OPEN")).hasSize(3).allSatisfy(t -> {
            assertThat(t.enhanced()).isTrue();
            Task was = before.stream().filter(b -> b.entitlement().equals(t.entitlement())).findFirst().orElseThrow();
            assertThat(t.dueOn()).isBeforeOrEqualTo(was.dueOn());
        });

        mvc.perform(post("/api/v1/victims/key-decisions").with(httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"crimeReference\":\"%s\",\"entitlement\":\"UPDATE_ON_DECISION\",\"decision\":\"Suspect arrested\"}"
                        .formatted(crime.reference())))
                .andExpect(status().isCreated());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(tasks(crime.victimId())).last().satisfies(t -> {
            assertThat(t.entitlement()).isEqualTo("UPDATE_ON_DECISION");
            assertThat(t.enhanced()).isTrue();
            assertThat(t.dueOn()).as("1 working day for enhanced rights").isEqualTo(code.calendar().plusWorkingDays(today, 1));
        });
    }

    @Test
    void anAssessmentWithoutANoteIsRefusedAndChangesNothing() throws Exception {
        var crime = crimes.record("49");
        mvc.perform(post("/api/v1/victims/" + crime.victimId() + "/needs-assessment").with(victimService)
                .contentType(MediaType.APPLICATION_JSON).content("{\"flags\":[\"INTIMIDATED\"],\"note\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        assertThat(tasks(crime.victimId())).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo("OPEN");
            assertThat(t.enhanced()).isFalse();
        });
        assertThat(jdbc.sql("select count(*) from victim_needs_assessment where victim_id = :v")
                .param("v", crime.victimId()).query(Long.class).single()).isZero();
    }

    @Test
    void aRestrictedVictimsAssessmentIsRefusedOutsideThePublicProtectionUnit() throws Exception {
        var crime = crimes.record("20A");
        mvc.perform(post("/api/v1/victims/" + crime.victimId() + "/needs-assessment").with(victimService)
                .contentType(MediaType.APPLICATION_JSON).content("{\"flags\":[],\"note\":\"Called\"}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from victim_needs_assessment where victim_id = :v")
                .param("v", crime.victimId()).query(Long.class).single()).isZero();
    }

    @Test
    void bulkLoadedCrimesOfAnAssessedVictimOpenWithEnhancedRightsAsOneByOne() throws Exception {
        var crime = crimes.record("49");
        mvc.perform(post("/api/v1/victims/" + crime.victimId() + "/needs-assessment").with(victimService)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"flags\":[\"PERSISTENTLY_TARGETED\"],\"note\":\"Fourth report this year\"}"))
                .andExpect(status().isCreated());
        jdbc.sql("delete from victim_task where victim_id = :v").param("v", crime.victimId()).update();
        entitlements.openForCrimesWithoutTasks(1_000_000);
        assertThat(tasks(crime.victimId())).hasSize(4).allSatisfy(t -> assertThat(t.enhanced()).isTrue());
    }

    @Test
    void theQueueCountsAreTheOpenTasksThemselves() throws Exception {
        crimes.record("49");
        var restricted = crimes.record("20A");
        long someTask = jdbc.sql("select min(id) from victim_task where victim_id = :v and entitlement = 'WRITTEN_ACKNOWLEDGEMENT'")
                .param("v", restricted.victimId()).query(Long.class).single();
        entitlements.close(someTask, false, "Letter sent", Actor.system("test", Role.CRIME_REGISTRAR));
        jdbc.sql("update victim_task set due_on = due_on - 10 where victim_id = :v and status = 'OPEN'")
                .param("v", restricted.victimId()).update();

        LocalDate today = queue.today();
        for (boolean all : new boolean[] {true, false}) {
            String where = "status = 'OPEN'" + (all ? "" : " and not restricted");
            long open = count(where);
            long overdue = count(where + " and due_on < '" + today + "'");
            long dueToday = count(where + " and due_on = '" + today + "'");
            Actor actor = Actor.system("counts", all ? Role.CRIME_REGISTRAR : Role.ANALYST);
            assertThat(queue.counts(actor)).as(all ? "all" : "unrestricted")
                    .isEqualTo(new VictimQueue.Counts(open, overdue, dueToday));
        }
        assertThat(queue.counts(Actor.system("counts", Role.CRIME_REGISTRAR)).overdue()).isGreaterThanOrEqualTo(3);
    }

    long count(String where) {
        return jdbc.sql("select count(*) from victim_task where " + where).query(Long.class).single();
    }
}
