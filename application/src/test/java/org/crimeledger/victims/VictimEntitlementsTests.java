package org.crimeledger.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.crimeledger.DatabaseTest;
import org.crimeledger.RecordedCrimes;
import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** Victims' Code entitlements from recording to the compliance measures, and need-to-know on restricted victims. */
@DatabaseTest
class VictimEntitlementsTests {

    static final String PPU_VICTIM_SERVICE = "test.ppu-victim-service";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VictimsCode code;

    RecordedCrimes crimes;
    RequestPostProcessor victimService;
    RequestPostProcessor ppuVictimService;

    @BeforeEach
    void users() {
        crimes = new RecordedCrimes(mvc, accounts);
        victimService = httpBasic(TestUsers.ensure(accounts, Role.VICTIM_SERVICE), TestUsers.PASSWORD);
        if (!accounts.exists(PPU_VICTIM_SERVICE)) {
            accounts.create(PPU_VICTIM_SERVICE, "Test PPU victim service", "PPU", TestUsers.PASSWORD, Role.VICTIM_SERVICE);
        }
        ppuVictimService = httpBasic(PPU_VICTIM_SERVICE, TestUsers.PASSWORD);
    }

    List<VictimTaskRow> tasks(long victimId) {
        return jdbc.sql("select entitlement, due_on, enhanced, restricted, status from victim_task where victim_id = :v order by id")
                .param("v", victimId).query(VictimTaskRow.class).list();
    }

    record VictimTaskRow(String entitlement, LocalDate dueOn, boolean enhanced, boolean restricted, String status) {
    }

    LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    void recordingACrimeOpensItsVictimsEntitlementsDueInWorkingDays() throws Exception {
        var crime = crimes.record("49");
        var tasks = tasks(crime.victimId());
        assertThat(tasks).extracting(VictimTaskRow::entitlement).containsExactly("WRITTEN_ACKNOWLEDGEMENT",
                "NEEDS_ASSESSMENT", "REFERRAL_TO_SUPPORT", "VPS_OFFER");
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.enhanced()).isFalse();
            assertThat(t.restricted()).isFalse();
        });
        VictimTaskRow referral = tasks.get(2);
        assertThat(referral.dueOn()).isEqualTo(code.calendar().plusWorkingDays(today(), 2));
        assertThat(code.calendar().isWorkingDay(referral.dueOn())).isTrue();
    }

    @Test
    void aCrimeAgainstTheStateOpensNoVictimTasks() throws Exception {
        String incident = crimes.openIncident("WEAPONS");
        String decision = crimes.decide(incident, """
                {"kind":"CRIMES_RECORDED","informationBasis":"Officer found it","version":0,
                 "offences":[{"classificationCode":"10D"}]}""");
        String reference = JsonPath.read(decision, "$.crimes[0].reference");
        assertThat(jdbc.sql("select count(*) from victim_task t join crime c on c.id = t.crime_id where c.reference = :r")
                .param("r", reference).query(Long.class).single()).isZero();
    }

    @Test
    void aDecisionNotToRecordForANamedVictimOpensTheTellTheVictimTask() throws Exception {
        String incident = crimes.openIncident("THEFT");
        crimes.decide(incident, """
                {"kind":"NO_CRIME","informationBasis":"CCTV reviewed","noCrimeReason":"CREDIBLE_EVIDENCE_TO_THE_CONTRARY",
                 "explanation":"CCTV shows the item was not taken","version":0,"victims":[{"name":"Named victim"}]}""");
        List<String> tasks = jdbc.sql("""
                select t.entitlement from victim_task t join incident i on i.id = t.incident_id
                where i.reference = :r and t.crime_id is null""").param("r", incident).query(String.class).list();
        assertThat(tasks).containsExactly("TOLD_NOT_RECORDED");
    }

    @Test
    void aSexualOffenceVictimHasEnhancedRightsAndOnlyThePublicProtectionUnitMaySeeThem() throws Exception {
        var crime = crimes.record("20A");
        assertThat(tasks(crime.victimId())).allSatisfy(t -> {
            assertThat(t.enhanced()).isTrue();
            assertThat(t.restricted()).isTrue();
        });
        mvc.perform(post("/api/v1/victims/" + crime.victimId() + "/contacts").with(victimService)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"PHONE\",\"summary\":\"Explained the referral\"}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("victimId"))
                .andExpect(jsonPath("$.detail").value("There is no victim '" + crime.victimId() + "'"));
        mvc.perform(get("/api/v1/victims/" + crime.victimId()).with(victimService)).andExpect(status().isNotFound());
        assertThat(contacts(crime.victimId())).isZero();

        mvc.perform(post("/api/v1/victims/" + crime.victimId() + "/contacts").with(ppuVictimService)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"PHONE\",\"summary\":\"Explained the referral\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contactedBy").value(PPU_VICTIM_SERVICE));
        assertThat(contacts(crime.victimId())).isEqualTo(1);

        String victim = Long.toString(crime.victimId());
        long reads = jdbc.sql("select count(*) from personal_data_access where record_type = 'victim' and record_id = :v")
                .param("v", victim).query(Long.class).single();
        mvc.perform(get("/api/v1/victims/" + crime.victimId()).with(ppuVictimService)).andExpect(status().isOk());
        assertThat(jdbc.sql("select purpose from personal_data_access where record_type = 'victim' and record_id = :v"
                + " order by id").param("v", victim).query(String.class).list())
                .as("a permitted read of the restricted case is logged").hasSize((int) reads + 1)
                .last().isEqualTo("Victim's case read through the API");
    }

    @Test
    void theRestrictedVictimIsLeftOutOfTheQueueOfThoseWhoMayNotSeeIt() throws Exception {
        var crime = crimes.record("20A");
        long taskId = jdbc.sql("select min(id) from victim_task where victim_id = :v").param("v", crime.victimId())
                .query(Long.class).single();
        String unrestricted = mvc.perform(get("/api/v1/victims/queue?size=200&entitlement=WRITTEN_ACKNOWLEDGEMENT")
                .with(victimService)).andReturn().getResponse().getContentAsString();
        List<Integer> seen = JsonPath.read(unrestricted, "$.tasks[*].id");
        assertThat(seen).doesNotContain((int) taskId);
        long all = ((Number) JsonPath.read(mvc.perform(get("/api/v1/victims/queue").with(ppuVictimService))
                .andReturn().getResponse().getContentAsString(), "$.open")).longValue();
        long some = ((Number) JsonPath.read(unrestricted, "$.open")).longValue();
        assertThat(all).isGreaterThan(0);
        assertThat(some).isLessThan(all);
    }

    @Test
    void aTaskTheVictimCannotDeclineIsRefusedAndTheDoneOneCountsInTheMeasures() throws Exception {
        var crime = crimes.record("49");
        long acknowledgement = jdbc.sql("""
                select id from victim_task where victim_id = :v and entitlement = 'WRITTEN_ACKNOWLEDGEMENT'""")
                .param("v", crime.victimId()).query(Long.class).single();
        mvc.perform(post("/api/v1/victim-tasks/" + acknowledgement + "/close").with(victimService)
                .contentType(MediaType.APPLICATION_JSON).content("{\"declined\":true,\"note\":\"Did not want it\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("declined"));
        assertThat(tasks(crime.victimId()).get(0).status()).isEqualTo("OPEN");

        mvc.perform(post("/api/v1/victim-tasks/" + acknowledgement + "/close").with(victimService)
                .contentType(MediaType.APPLICATION_JSON).content("{\"declined\":false,\"note\":\"Emailed the letter\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));

        LocalDate due = tasks(crime.victimId()).get(0).dueOn();
        String period = "from=" + due.withDayOfMonth(1) + "&to=" + due.plusMonths(1);
        String analyst = TestUsers.ensure(accounts, Role.ANALYST);
        mvc.perform(get("/api/v1/victims/compliance.csv?" + period).with(httpBasic(analyst, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("quarter,measure,due,met_on_time")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(",WRITTEN_ACKNOWLEDGEMENT,")));
        String measures = mvc.perform(get("/api/v1/victims/compliance?" + period).with(httpBasic(analyst, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> met = JsonPath.read(measures, "$[?(@.measure.entitlement == 'WRITTEN_ACKNOWLEDGEMENT')].measure.metOnTime");
        assertThat(met).isNotEmpty();
        assertThat(met.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aSurveyResponseOutOfRangeIsRefusedAndAGoodOneCounts() throws Exception {
        var crime = crimes.record("49");
        mvc.perform(post("/api/v1/victims/satisfaction-responses").with(victimService)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"crimeReference":"%s","surveyedOn":"%s","overall":9}""".formatted(crime.reference(), today())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("overall"));
        mvc.perform(post("/api/v1/victims/satisfaction-responses").with(victimService)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"crimeReference":"%s","surveyedOn":"%s","overall":2,"keptInformed":5}"""
                        .formatted(crime.reference(), today())))
                .andExpect(status().isCreated());
        String analyst = TestUsers.ensure(accounts, Role.ANALYST);
        String rates = mvc.perform(get("/api/v1/victims/satisfaction?from=" + today().minusDays(1) + "&to=" + today())
                .with(httpBasic(analyst, TestUsers.PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Integer> theft = JsonPath.read(rates, "$[?(@.offenceGroup == 'THEFT_OFFENCES')].satisfied");
        assertThat(theft).singleElement().satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(1));
    }

    @Test
    void crimesLoadedInBulkGetTheSameTasksAsCrimesRecordedOneByOne() throws Exception {
        String incident = crimes.openIncident("THEFT");
        String decision = crimes.decide(incident, """
                {"kind":"CRIMES_RECORDED","informationBasis":"Victim's account","version":0,
                 "victims":[{"name":"Young victim","dateOfBirth":"%s"}],
                 "offences":[{"classificationCode":"49","victims":[0]}]}""".formatted(today().minusYears(15)));
        long victimId = ((Number) JsonPath.read(decision, "$.crimes[0].victimId")).longValue();
        var recorded = tasks(victimId);
        assertThat(recorded).allSatisfy(t -> assertThat(t.enhanced()).as("under 18").isTrue());

        jdbc.sql("delete from victim_task where victim_id = :v").param("v", victimId).update();
        String admin = TestUsers.ensure(accounts, Role.ADMIN);
        mvc.perform(post("/api/v1/victims/entitlements/open-missing?limit=100000").with(httpBasic(admin, TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.crimes").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        assertThat(tasks(victimId)).isEqualTo(recorded);
    }

    @Test
    void aKeyDecisionOpensTheVictimsUpdateDueInFiveWorkingDays() throws Exception {
        var crime = crimes.record("49");
        RequestPostProcessor officer = httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD);
        mvc.perform(post("/api/v1/victims/key-decisions").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"crimeReference\":\"%s\",\"entitlement\":\"VPS_OFFER\",\"decision\":\"Arrested\"}"
                        .formatted(crime.reference())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("entitlement"));
        mvc.perform(post("/api/v1/victims/key-decisions").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"crimeReference\":\"%s\",\"entitlement\":\"UPDATE_ON_DECISION\",\"decision\":\"Arrested and bailed\"}"
                        .formatted(crime.reference())))
                .andExpect(status().isCreated());
        assertThat(tasks(crime.victimId())).last().satisfies(t -> {
            assertThat(t.entitlement()).isEqualTo("UPDATE_ON_DECISION");
            assertThat(t.dueOn()).isEqualTo(code.calendar().plusWorkingDays(today(), 5));
        });
    }

    long contacts(long victimId) {
        return jdbc.sql("select count(*) from victim_contact where victim_id = :v").param("v", victimId)
                .query(Long.class).single();
    }
}
