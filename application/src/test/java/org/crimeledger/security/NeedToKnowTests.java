package org.crimeledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.recording.DecisionQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Restricted records (sexual offences, domestic abuse) are invisible to those without need-to-know on every
 * surface that lists or shows records, counts included, and visible to those with it, each read logged.
 */
@DatabaseTest
class NeedToKnowTests {

    static final String RESPONSE = "RESPONSE-A";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecisionQueue queue;

    @Autowired
    NeedToKnow needToKnow;

    @Autowired
    org.crimeledger.outcomes.Outcomes outcomes;

    final java.util.Map<String, Role> roles = new java.util.HashMap<>();
    String opener;
    String recorder;
    String officer;
    String ppuOfficer;
    String callHandler;
    String registrar;
    String auditor;

    @BeforeEach
    void people() {
        opener = ensure("ntk.opener", "CONTACT", Role.CALL_HANDLER);
        recorder = ensure("ntk.recorder", RESPONSE, Role.OFFICER);
        officer = ensure("ntk.officer", RESPONSE, Role.OFFICER);
        ppuOfficer = ensure("ntk.ppu-officer", NeedToKnow.PUBLIC_PROTECTION_UNIT, Role.OFFICER);
        callHandler = ensure("ntk.call-handler", "CONTACT", Role.CALL_HANDLER);
        registrar = ensure("ntk.registrar", null, Role.CRIME_REGISTRAR);
        auditor = ensure("ntk.auditor", null, Role.AUDITOR);
    }

    @Test
    void theJavaAndSqlFormsOfThePolicyAgree() {
        for (String group : List.of("SEXUAL_OFFENCES", "VIOLENCE_AGAINST_THE_PERSON", "THEFT_OFFENCES")) {
            for (List<String> flags : List.of(List.<String>of(), List.of("DOMESTIC_ABUSE"), List.of("HATE_RACE"),
                    List.of("HATE_RACE", "DOMESTIC_ABUSE"))) {
                boolean bySql = jdbc.sql("select " + NeedToKnow.restrictedCrimeSql("c", "oc")
                                + " from (select cast(:flags as text[]) as flags) c, (select :group as offence_group_code) oc")
                        .param("flags", flags.toArray(String[]::new)).param("group", group)
                        .query(Boolean.class).single();
                assertThat(bySql).as(group + " " + flags).isEqualTo(NeedToKnow.restricted(group, flags));
            }
        }
        assertThat(NeedToKnow.restricted("SEXUAL_OFFENCES", List.of())).isTrue();
        assertThat(NeedToKnow.restricted("THEFT_OFFENCES", List.of("DOMESTIC_ABUSE"))).isTrue();
        assertThat(NeedToKnow.restricted("THEFT_OFFENCES", List.of())).isFalse();
    }

    @Test
    void whoHasNeedToKnow() {
        assertThat(needToKnow.maySeeRestricted(actor(officer, Role.OFFICER))).isFalse();
        assertThat(needToKnow.maySeeRestricted(actor(callHandler, Role.CALL_HANDLER))).isFalse();
        assertThat(needToKnow.maySeeRestricted(actor(ppuOfficer, Role.OFFICER))).isTrue();
        assertThat(needToKnow.maySeeRestricted(actor(registrar, Role.CRIME_REGISTRAR))).isTrue();
        assertThat(needToKnow.maySeeRestricted(actor(auditor, Role.AUDITOR))).isTrue();
        String ppuAnalyst = ensure("ntk.ppu-analyst", NeedToKnow.PUBLIC_PROTECTION_UNIT, Role.ANALYST);
        assertThat(needToKnow.maySeeRestricted(actor(ppuAnalyst, Role.ANALYST))).as("analysts never read records")
                .isFalse();
        String pcc = ensure("ntk.pcc", null, Role.PCC);
        assertThat(needToKnow.maySeeRestricted(actor(pcc, Role.PCC))).isFalse();
    }

    @Test
    void aSexualOffenceIsHiddenFromCrimeSearchPagesAndApiOfThoseWithoutNeedToKnow() throws Exception {
        Recorded rape = record("ASSAULT", "19C", "[]");
        Recorded theft = record("THEFT", "49", "[]");
        for (String reference : List.of(rape.crime(), theft.crime())) {
            assertThat(apiCrimeSearch(registrar, reference)).as("registrar finds " + reference).contains(reference);
        }
        assertThat(apiCrimeSearch(officer, rape.crime())).isEmpty();
        assertThat(apiCrimeSearch(officer, theft.crime())).containsExactly(theft.crime());
        assertThat(apiCrimeSearch(ppuOfficer, rape.crime())).containsExactly(rape.crime());
        assertThat(apiCrimeSearch(auditor, rape.crime())).containsExactly(rape.crime());
        assertThat(apiCrimeSearch(recorder, rape.crime())).as("the person who recorded it").containsExactly(rape.crime());

        String hidden = page(officer, "/crimes?text=" + rape.crime(), 200);
        assertThat(hidden).doesNotContain("href=\"/crimes/" + rape.crime()).contains("0 crimes, newest first");
        assertThat(page(ppuOfficer, "/crimes?text=" + rape.crime(), 200)).contains("href=\"/crimes/" + rape.crime())
                .contains("1 crimes, newest first");

        String refused = page(officer, "/api/v1/crimes/" + rape.crime(), 404);
        String unknown = page(officer, "/api/v1/crimes/DS/1999/999999", 404);
        assertThat(JsonPath.<String>read(refused, "$.title")).isEqualTo(JsonPath.read(unknown, "$.title"));
        assertThat(refused).doesNotContain("estrict");
        page(officer, "/crimes/" + rape.crime(), 404);
        page(officer, "/outcomes/crimes/" + rape.crime(), 404);
        page(officer, "/api/v1/crimes/" + rape.crime() + "/victim?purpose=Checking", 404);
        page(officer, "/api/v1/crimes/" + theft.crime(), 200);

        long readsBefore = reads("crime", rape.crime());
        assertThat(JsonPath.<String>read(page(ppuOfficer, "/api/v1/crimes/" + rape.crime(), 200), "$.crime.reference"))
                .isEqualTo(rape.crime());
        page(registrar, "/crimes/" + rape.crime(), 200);
        assertThat(reads("crime", rape.crime())).as("each permitted read logged").isEqualTo(readsBefore + 2);
        assertThat(jdbc.sql("select actor from personal_data_access where record_type = 'crime' and record_id = :r"
                + " order by id").param("r", rape.crime()).query(String.class).list()).contains(ppuOfficer, registrar);
        long theftReads = reads("crime", theft.crime());
        page(officer, "/api/v1/crimes/" + theft.crime(), 200);
        assertThat(reads("crime", theft.crime())).as("unrestricted reads are not logged").isEqualTo(theftReads);
    }

    @Test
    void aDomesticAbuseCrimeAndItsIncidentAreHiddenLikewise() throws Exception {
        Recorded abuse = record("ASSAULT", "8N", "[\"DOMESTIC_ABUSE\"]");
        assertThat(apiCrimeSearch(officer, abuse.crime())).isEmpty();
        assertThat(apiCrimeSearch(ppuOfficer, abuse.crime())).containsExactly(abuse.crime());

        assertThat(apiIncidentSearch(callHandler, abuse.incident())).isEmpty();
        assertThat(apiIncidentSearch(officer, abuse.incident())).isEmpty();
        assertThat(apiIncidentSearch(ppuOfficer, abuse.incident())).containsExactly(abuse.incident());
        assertThat(page(callHandler, "/incidents?text=" + abuse.incident(), 200))
                .doesNotContain("href=\"/incidents/" + abuse.incident())
                .contains("0 incidents, newest first");
        assertThat(page(registrar, "/incidents?text=" + abuse.incident(), 200))
                .contains("href=\"/incidents/" + abuse.incident())
                .contains("1 incidents, newest first");
        page(callHandler, "/incidents/" + abuse.incident(), 404);
        page(callHandler, "/api/v1/incidents/" + abuse.incident(), 404);
        page(officer, "/api/v1/incidents/" + abuse.incident() + "/decision", 404);
        mvc.perform(post("/api/v1/incidents/" + abuse.incident() + "/updates").with(basic(officer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Seen\",\"version\":1}"))
                .andExpect(status().isNotFound());

        long before = reads("incident", abuse.incident());
        assertThat(page(ppuOfficer, "/incidents/" + abuse.incident(), 200)).contains(abuse.crime());
        page(auditor, "/api/v1/incidents/" + abuse.incident(), 200);
        assertThat(reads("incident", abuse.incident())).isEqualTo(before + 2);
    }

    @Test
    void anIncidentOpenedAsASexualOffenceLeavesTheQueueAndItsCountsOfThoseWithoutNeedToKnow() throws Exception {
        String incident = open(callHandler, "SEXUAL_OFFENCE", "CID");
        String assault = open(callHandler, "ASSAULT", "CID");
        assertThat(apiIncidentSearch(officer, incident)).isEmpty();
        assertThat(apiIncidentSearch(callHandler, incident)).as("the call handler who opened it")
                .containsExactly(incident);
        assertThat(apiIncidentSearch(ppuOfficer, incident)).containsExactly(incident);

        List<String> officersQueue = JsonPath.read(page(officer, "/api/v1/decision-queue?team=CID", 200),
                "$.entries[*].incident.reference");
        List<String> registrarsQueue = JsonPath.read(page(registrar, "/api/v1/decision-queue?team=CID", 200),
                "$.entries[*].incident.reference");
        assertThat(officersQueue).contains(assault).doesNotContain(incident);
        assertThat(registrarsQueue).contains(assault, incident);
        assertThat(page(officer, "/decision-queue?team=CID", 200)).doesNotContain(incident).contains(assault);
        assertThat(page(ppuOfficer, "/decision-queue?team=CID", 200)).contains(incident, assault);

        long restrictedAwaiting = jdbc.sql("select count(*) from incident i where i.team_code = 'CID'"
                + " and i.decision_status = 'AWAITING' and " + NeedToKnow.restrictedIncidentSql("i")
                + " and i.opened_by <> :officer").param("officer", officer).query(Long.class).single();
        assertThat(restrictedAwaiting).isPositive();
        long all = queue.counts("CID", actor(registrar, Role.CRIME_REGISTRAR)).awaiting();
        long shown = queue.counts("CID", actor(officer, Role.OFFICER)).awaiting();
        assertThat(all - shown).as("the home page and queue counts leave restricted incidents out")
                .isEqualTo(restrictedAwaiting);
    }

    @Test
    void aSupervisorsTeamQueueLeavesARestrictedIncidentOutOfListAndCountsAndAPermittedViewOfItIsLoggedAsARead()
            throws Exception {
        String supervisor = ensure("ntk.supervisor", RESPONSE, Role.SUPERVISOR);
        String ppuSupervisor = ensure("ntk.ppu-supervisor", NeedToKnow.PUBLIC_PROTECTION_UNIT, Role.SUPERVISOR);
        String abuse = open(callHandler, "SEXUAL_OFFENCE", RESPONSE);
        String burglary = open(callHandler, "BURGLARY", RESPONSE);
        long before = reads("incident", abuse);

        // the supervisor's own team's queue: no team given, so the queue of RESPONSE-A
        String teamPage = page(supervisor, "/decision-queue", 200);
        assertThat(teamPage).contains(burglary).doesNotContain(abuse);
        String teamApi = page(supervisor, "/api/v1/decision-queue?team=" + RESPONSE, 200);
        assertThat(JsonPath.<List<String>>read(teamApi, "$.entries[*].incident.reference"))
                .contains(burglary).doesNotContain(abuse);
        long visible = awaitingVisibleTo(supervisor, RESPONSE);
        long everything = awaitingVisibleTo(registrar, RESPONSE);
        assertThat(everything - visible).as("the restricted incident is among those left out").isPositive();
        assertThat(((Number) JsonPath.read(teamApi, "$.awaiting")).longValue()).isEqualTo(visible);
        assertThat(figure(teamPage, "id=\"awaiting\">(\\d+)<")).isEqualTo(visible);
        assertThat(figure(page(supervisor, "/", 200),
                "Awaiting a crime-recording decision</a>\\s*</p>\\s*<p class=\"[^\"]*\">(\\d+)<"))
                .as("the home-page figure").isEqualTo(visible);
        assertThat(reads("incident", abuse)).as("not shown, not logged").isEqualTo(before);

        // a supervisor in the Public Protection Unit looking at the same team's queue, page and API
        String ppuPage = page(ppuSupervisor, "/decision-queue?team=" + RESPONSE, 200);
        assertThat(ppuPage).contains(abuse, burglary);
        assertThat(figure(ppuPage, "id=\"awaiting\">(\\d+)<")).isEqualTo(everything);
        String ppuApi = page(ppuSupervisor, "/api/v1/decision-queue?team=" + RESPONSE, 200);
        assertThat(JsonPath.<List<String>>read(ppuApi, "$.entries[*].incident.reference")).contains(abuse, burglary);
        assertThat(reads("incident", abuse)).as("each sight of it in the queue is a logged read")
                .isEqualTo(before + 2);
        assertThat(jdbc.sql("""
                select role || ' ' || purpose from personal_data_access
                where record_type = 'incident' and record_id = :r and actor = :actor order by id""")
                .param("r", abuse).param("actor", ppuSupervisor)
                .query(String.class).list()).containsExactly("SUPERVISOR Decision queue", "SUPERVISOR Decision queue");
        long burglaryReads = reads("incident", burglary);
        page(registrar, "/api/v1/decision-queue", 200);
        assertThat(reads("incident", burglary)).as("unrestricted incidents in the queue are not logged")
                .isEqualTo(burglaryReads).isZero();
    }

    /** What the queue counts for this person in this team: undecided incidents they may see. */
    private long awaitingVisibleTo(String username, String team) {
        return jdbc.sql("select count(*) from incident i where i.team_code = :team and i.decision_status = 'AWAITING'"
                        + " and (:sees or i.opened_by = :reader or not " + NeedToKnow.restrictedIncidentSql("i") + ")")
                .param("team", team).param("reader", username)
                .param("sees", needToKnow.maySeeRestricted(actor(username, roles.get(username))))
                .query(Long.class).single();
    }

    private static long figure(String html, String pattern) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile(pattern).matcher(html);
        assertThat(found.find()).as("the figure " + pattern).isTrue();
        return Long.parseLong(found.group(1));
    }

    @Test
    void ruleFindingsOnARestrictedIncidentAreLeftOutOfTheFindingsPageAndItsCsvExport() throws Exception {
        Recorded rape = record("ASSAULT", "19C", "[]");
        Recorded theft = record("THEFT", "49", "[]");
        String analyst = ensure("ntk.analyst", null, Role.ANALYST);
        String supervisor = ensure("ntk.supervisor", RESPONSE, Role.SUPERVISOR);
        long run = jdbc.sql("""
                insert into rule_run (started_at, finished_at, as_of, started_by, incidents_checked, errors, warnings,
                    information) values (now(), now(), now(), 'ntk', 2, 0, 2, 0) returning id""")
                .query(Long.class).single();
        for (Recorded recorded : List.of(rape, theft)) {
            jdbc.sql("""
                    insert into rule_finding (run_id, rule_code, severity, incident_id, incident_reference, record_kind,
                        record_reference, detail)
                    select :run, 'CRR-DEC-004', 'WARNING', i.id, i.reference, 'crime', :crime, 'Checked by test'
                    from incident i where i.reference = :incident""")
                    .param("run", run).param("crime", recorded.crime()).param("incident", recorded.incident()).update();
        }
        for (String withoutNeed : List.of(analyst, supervisor)) {
            String csv = page(withoutNeed, "/compliance/findings.csv", 200);
            assertThat(csv).as(withoutNeed).contains(theft.incident()).doesNotContain(rape.incident())
                    .doesNotContain(rape.crime());
            assertThat(page(withoutNeed, "/compliance/findings", 200)).as(withoutNeed)
                    .contains(theft.incident()).doesNotContain(rape.incident());
        }
        assertThat(page(registrar, "/compliance/findings.csv", 200)).contains(theft.incident(), rape.incident());
        assertThat(page(auditor, "/compliance/findings", 200)).contains(theft.incident(), rape.incident());
    }

    @Test
    void outcomesAwaitingAuthorisationOnARestrictedCrimeAreLeftOutOfTheListCountsAndActionsOfThoseWithoutNeedToKnow()
            throws Exception {
        Recorded abuse = record("ASSAULT", "105A", "[\"DOMESTIC_ABUSE\"]");
        Recorded robbery = record("ROBBERY", "34B", "[]");
        long abuseOutcome = propose(abuse.crime(), "8", null);
        long robberyOutcome = propose(robbery.crime(), "3", 5);
        String supervisor = ensure("ntk.supervisor", RESPONSE, Role.SUPERVISOR);
        String ppuSupervisor = ensure("ntk.ppu-supervisor", NeedToKnow.PUBLIC_PROTECTION_UNIT, Role.SUPERVISOR);

        List<String> supervisors = JsonPath.read(page(supervisor, "/api/v1/outcomes/awaiting-authorisation", 200),
                "$[*].crimeReference");
        assertThat(supervisors).contains(robbery.crime()).doesNotContain(abuse.crime());
        assertThat(page(supervisor, "/outcomes/authorisations", 200)).contains(robbery.crime())
                .doesNotContain(abuse.crime());
        long allAwaiting = outcomes.countAwaitingAuthorisation(actor(registrar, Role.CRIME_REGISTRAR));
        assertThat(outcomes.countAwaitingAuthorisation(actor(supervisor, Role.SUPERVISOR)))
                .as("the home-page figure counts after the filter").isEqualTo(allAwaiting - restrictedAwaiting(supervisor));
        assertThat(restrictedAwaiting(supervisor)).isPositive();

        String refused = refusedAuthorisation(supervisor, abuseOutcome);
        String unknown = refusedAuthorisation(supervisor, 999_999_999L);
        assertThat(JsonPath.<String>read(refused, "$.title")).isEqualTo(JsonPath.read(unknown, "$.title"));
        assertThat(JsonPath.<String>read(refused, "$.detail")).isEqualTo("There is no outcome '" + abuseOutcome + "'");
        assertThat(jdbc.sql("select count(*) from outcome_authorisation where outcome_id = :id")
                .param("id", abuseOutcome).query(Long.class).single()).isZero();

        long readsBefore = reads("crime", abuse.crime());
        List<String> ppu = JsonPath.read(page(ppuSupervisor, "/api/v1/outcomes/awaiting-authorisation", 200),
                "$[*].crimeReference");
        assertThat(ppu).contains(robbery.crime(), abuse.crime());
        assertThat(page(registrar, "/outcomes/authorisations", 200)).contains(abuse.crime(), robbery.crime());
        assertThat(reads("crime", abuse.crime())).as("each list showing it to a permitted person is logged")
                .isEqualTo(readsBefore + 2);
        assertThat(robberyOutcome).isPositive();
    }

    @Test
    void restrictedRecordsInSearchResultsAreLoggedAsReadOncePerRecordPerPage() throws Exception {
        Recorded rape = record("ASSAULT", "19C", "[]");
        Recorded theft = record("THEFT", "49", "[]");
        long crimeReads = reads("crime", rape.crime());
        long incidentReads = reads("incident", rape.incident());
        long theftReads = reads("crime", theft.crime());

        assertThat(apiCrimeSearch(officer, rape.crime())).isEmpty();
        assertThat(apiIncidentSearch(officer, rape.incident())).isEmpty();
        assertThat(reads("crime", rape.crime())).as("nothing shown, nothing logged").isEqualTo(crimeReads);

        assertThat(apiCrimeSearch(ppuOfficer, rape.crime())).containsExactly(rape.crime());
        page(registrar, "/crimes?text=" + rape.crime(), 200);
        assertThat(apiIncidentSearch(auditor, rape.incident())).containsExactly(rape.incident());
        page(ppuOfficer, "/incidents?text=" + rape.incident(), 200);
        assertThat(reads("crime", rape.crime())).isEqualTo(crimeReads + 2);
        assertThat(reads("incident", rape.incident())).isEqualTo(incidentReads + 2);
        assertThat(jdbc.sql("""
                select actor || ' ' || role || ' ' || purpose from personal_data_access
                where record_type = 'crime' and record_id = :r order by id""").param("r", rape.crime())
                .query(String.class).list()).contains(ppuOfficer + " OFFICER Crime search results",
                        registrar + " CRIME_REGISTRAR Crime search results");

        assertThat(apiCrimeSearch(ppuOfficer, theft.crime())).containsExactly(theft.crime());
        assertThat(reads("crime", theft.crime())).as("unrestricted results are not logged").isEqualTo(theftReads);
    }

    @Test
    void theRegistrarsDeskAndTheLedgerPageWithholdRestrictedRecordsFromThoseWithoutNeedToKnow() throws Exception {
        Recorded rape = record("ASSAULT", "19C", "[]");
        Recorded theft = record("ASSAULT", "8N", "[]");
        String rapeReason = "Victim withdrew the account " + System.nanoTime();
        String theftReason = "No injury after all " + System.nanoTime();
        reclassify(rape.crime(), "8N", rapeReason);
        reclassify(theft.crime(), "105A", theftReason);
        page(ppuOfficer, "/crimes/" + rape.crime(), 200);

        String supervisor = ensure("ntk.supervisor", RESPONSE, Role.SUPERVISOR);
        assertThat(page(supervisor, "/registrar", 200)).contains(theftReason).doesNotContain(rapeReason);
        assertThat(page(registrar, "/registrar", 200)).contains(theftReason, rapeReason);

        String admin = ensure("ntk.admin", null, Role.ADMIN);
        String adminsLedger = page(admin, "/ledger", 200);
        assertThat(adminsLedger).contains(theftReason).doesNotContain(rapeReason).doesNotContain(rape.crime())
                .contains("Withheld: a restricted record (need-to-know)");
        assertThat(page(auditor, "/ledger", 200)).contains(theftReason, rapeReason, rape.crime());
    }

    private void reclassify(String crime, String to, String reason) throws Exception {
        int version = JsonPath.read(page(recorder, "/api/v1/crimes/" + crime, 200), "$.crime.version");
        mvc.perform(post("/api/v1/crimes/" + crime + "/reclassifications").with(basic(recorder))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toCode\":\"%s\",\"reason\":\"%s\",\"version\":%d}".formatted(to, reason, version)))
                .andExpect(status().is2xxSuccessful());
    }

    private long propose(String crime, String outcomeType, Integer previousOffences) throws Exception {
        long suspect = jdbc.sql("select s.id from suspect s join crime c on c.id = s.crime_id where c.reference = :r")
                .param("r", crime).query(Long.class).single();
        String body = mvc.perform(post("/api/v1/crimes/" + crime + "/outcomes").with(basic(recorder))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcomeType":"%s","suspectId":%d,"previousOffences":%s,"reason":"Reviewed"}"""
                                .formatted(outcomeType, suspect, previousOffences)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("PROPOSED");
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private long restrictedAwaiting(String username) {
        return jdbc.sql("""
                select count(*) from crime_outcome o join crime c on c.id = o.crime_id
                    join offence_classification oc on oc.code = c.classification_code
                where o.status = 'PROPOSED' and c.recorded_by <> :reader and """ + NeedToKnow.restrictedCrimeSql("c", "oc"))
                .param("reader", username).query(Long.class).single();
    }

    private String refusedAuthorisation(String username, long outcome) throws Exception {
        return mvc.perform(post("/api/v1/outcomes/" + outcome + "/authorisation").with(basic(username))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grant\":true,\"note\":\"Seen\"}"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    }

    record Recorded(String incident, String crime) {
    }

    private Recorded record(String openingType, String classification, String flags) throws Exception {
        String incident = open(opener, openingType, RESPONSE);
        String decision = mvc.perform(post("/api/v1/incidents/" + incident + "/decision").with(basic(recorder))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"CRIMES_RECORDED","informationBasis":"Victim's account","version":0,
                                 "victims":[{"name":"V","dateOfBirth":"1980-02-03"}],
                                 "offences":[{"classificationCode":"%s","victims":[0]}],"flags":%s,
                                 "suspects":[{"name":"Sam Suspect"}]}"""
                                .formatted(classification, flags)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Recorded(incident, JsonPath.read(decision, "$.crimes[0].reference"));
    }

    private String open(String username, String openingType, String team) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/incidents").with(basic(username))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"receivedAt":"%s","channel":"ONLINE","reporterName":"R","reporterRelation":"VICTIM",
                         "locationText":"L","openingType":"%s","teamCode":"%s","narrative":"N"}"""
                        .formatted(Instant.now().minus(1, ChronoUnit.HOURS), openingType, team)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.incident.reference");
    }

    private List<String> apiCrimeSearch(String username, String text) throws Exception {
        return JsonPath.read(page(username, "/api/v1/crimes?text=" + text, 200), "$[*].reference");
    }

    private List<String> apiIncidentSearch(String username, String text) throws Exception {
        return JsonPath.read(page(username, "/api/v1/incidents?text=" + text, 200), "$[*].reference");
    }

    /** Reads a page (signed in) or the API (basic authentication), expecting the status. */
    private String page(String username, String path, int expected) throws Exception {
        RequestPostProcessor as = path.startsWith("/api/") ? basic(username)
                : user(username).roles(roles.get(username).name());
        return mvc.perform(get(path).with(as)).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
    }

    private long reads(String type, String reference) {
        return jdbc.sql("select count(*) from personal_data_access where record_type = :t and record_id = :r")
                .param("t", type).param("r", reference).query(Long.class).single();
    }

    private String ensure(String username, String team, Role role) {
        roles.put(username, role);
        if (!accounts.exists(username)) {
            accounts.create(username, username, team, TestUsers.PASSWORD, role);
        }
        return username;
    }

    private static Actor actor(String username, Role role) {
        return new Actor(username, role, java.util.EnumSet.of(role), false);
    }

    private static RequestPostProcessor basic(String username) {
        return httpBasic(username, TestUsers.PASSWORD);
    }
}
