package org.crimeledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.audit.AuditPlan;
import org.crimeledger.audit.AuditPlans;
import org.crimeledger.audit.AuditPopulation;
import org.crimeledger.audit.NewAuditPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Every list that shows a restricted record to someone with need-to-know logs one read of it (ADR 0030 and its
 * amendment): the victim service queue, an audit plan's sample, the review workspace's crimes, the judgements CSV, the
 * targeted review list, the registrar's desk, the rule findings page and CSV, and the crimes on an incident's page and
 * decision. Each test reads the rows one person's views wrote (after a mark, by that person), so rows other tests
 * write at the same time cannot blur them, and checks them exactly: each restricted record shown once, with the
 * list as purpose, and nothing for the unrestricted records shown beside it.
 */
@DatabaseTest
class RestrictedRecordsOnListsTests {

    static final String RESPONSE = "RESPONSE-A";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditPlans audits;

    final Map<String, Role> roles = new HashMap<>();
    String opener;
    String recorder;
    String registrar;
    String auditor;
    String analyst;

    @BeforeEach
    void people() {
        opener = ensure("lists.opener", "CONTACT", Role.CALL_HANDLER);
        recorder = ensure("lists.recorder", RESPONSE, Role.OFFICER);
        registrar = ensure("lists.registrar", null, Role.CRIME_REGISTRAR);
        auditor = ensure("lists.auditor", null, Role.AUDITOR);
        analyst = ensure("lists.analyst", null, Role.ANALYST);
    }

    @Test
    void theVictimServiceQueueLogsEachRestrictedVictimShownOnceAndNoOtherVictim() throws Exception {
        Recorded rape = record("ASSAULT", "19C", "[]");
        Recorded theft = record("THEFT", "49", "[]");
        long rapeVictim = victimOf(rape.crime());
        long theftVictim = victimOf(theft.crime());
        String ppuVictimService = ensure("lists.ppu-victim-service", NeedToKnow.PUBLIC_PROTECTION_UNIT,
                Role.VICTIM_SERVICE);
        String victimService = ensure("lists.victim-service", null, Role.VICTIM_SERVICE);
        // to the front of the queue (the most overdue first), so the first page shows both victims' tasks
        List<Long> tasks = jdbc.sql("select id from victim_task where victim_id in (:v) and status = 'OPEN'")
                .param("v", List.of(rapeVictim, theftVictim)).query(Long.class).list();
        assertThat(tasks).hasSizeGreaterThan(2);
        jdbc.sql("update victim_task set due_on = date '1999-01-04' where id in (:ids)").param("ids", tasks).update();
        try {
            long mark = mark();
            String answer = page(ppuVictimService, "/api/v1/victims/queue?size=200", 200);
            List<Number> shown = JsonPath.read(answer, "$.tasks[*].victimId");
            List<Number> restrictedShown = JsonPath.read(answer, "$.tasks[?(@.restricted == true)].victimId");
            assertThat(shown).extracting(Number::longValue).contains(rapeVictim, theftVictim);
            assertThat(restrictedShown).extracting(Number::longValue).contains(rapeVictim).doesNotContain(theftVictim);
            assertThat(logged(ppuVictimService, mark)).as("one row per restricted victim on the page, none for others")
                    .containsExactlyElementsOf(rows("victim", restrictedShown.stream()
                            .map(id -> Long.toString(id.longValue())).toList(), "Victim service queue"));

            mark = mark();
            String queuePage = page(ppuVictimService, "/victims/queue", 200);
            List<String> victimsOnPage = matches(queuePage, "href=\"/victims/(\\d+)\"");
            assertThat(victimsOnPage).contains(Long.toString(rapeVictim), Long.toString(theftVictim));
            List<String> restrictedOnPage = jdbc.sql("""
                    select distinct cast(victim_id as text) from victim_task
                    where restricted and status = 'OPEN' and cast(victim_id as text) in (:v)""")
                    .param("v", victimsOnPage).query(String.class).list();
            assertThat(logged(ppuVictimService, mark)).as("the page logs as the API does")
                    .containsExactlyInAnyOrderElementsOf(rows("victim", restrictedOnPage, "Victim service queue"))
                    .contains("victim " + rapeVictim + " Victim service queue")
                    .doesNotContain("victim " + theftVictim + " Victim service queue");

            mark = mark();
            String withoutNeed = page(victimService, "/api/v1/victims/queue?size=200", 200);
            assertThat(JsonPath.<List<Number>>read(withoutNeed, "$.tasks[*].victimId")).extracting(Number::longValue)
                    .contains(theftVictim).doesNotContain(rapeVictim);
            assertThat(logged(victimService, mark)).as("no restricted case shown, nothing logged").isEmpty();
        } finally {
            jdbc.sql("""
                    update victim_task set status = 'DONE', closed_at = now(), closed_on = current_date,
                        closed_by = 'lists-test', closing_note = 'Closed after the queue test'
                    where id in (:ids) and status = 'OPEN'""").param("ids", tasks).update();
        }
    }

    @Test
    void anAuditSampleItsWorkspaceAndItsJudgementsCsvLogTheRestrictedIncidentAndItsCrimeOnly() throws Exception {
        Recorded rape = record("ASSAULT", "19C", "[]");
        Recorded theft = record("THEFT", "49", "[]");
        long plan = planSampling(List.of(incidentId(rape.incident()), incidentId(theft.incident())));

        long mark = mark();
        assertThat(page(auditor, "/audits/" + plan, 200)).contains(rape.incident(), theft.incident());
        assertThat(logged(auditor, mark)).containsExactly("incident " + rape.incident() + " Audit sample");
        mark = mark();
        assertThat(JsonPath.<List<String>>read(page(registrar, "/api/v1/audits/" + plan + "/sample", 200),
                "$[*].incidentReference")).containsExactlyInAnyOrder(rape.incident(), theft.incident());
        assertThat(logged(registrar, mark)).containsExactly("incident " + rape.incident() + " Audit sample");

        mark = mark();
        assertThat(page(auditor, "/audits/" + plan + "/incidents/" + incidentId(rape.incident()), 200))
                .contains(rape.crime());
        assertThat(logged(auditor, mark)).as("the incident and the crime shown with it").containsExactly(
                "incident " + rape.incident() + " Audit review of a sampled incident",
                "crime " + rape.crime() + " Audit review of a sampled incident");
        mark = mark();
        assertThat(page(auditor, "/audits/" + plan + "/incidents/" + incidentId(theft.incident()), 200))
                .contains(theft.crime());
        assertThat(logged(auditor, mark)).isEmpty();

        for (Recorded judged : List.of(rape, theft)) {
            mvc.perform(post("/api/v1/audits/" + plan + "/incidents/" + incidentId(judged.incident()) + "/judgements")
                            .with(basic(auditor)).contentType(MediaType.APPLICATION_JSON).content("""
                                    {"review":"FIRST","shouldHaveBeenRecorded":1,"recorded":1,"recordedOnTime":true,
                                     "victimInformed":true,"note":"Account read in full"}"""))
                    .andExpect(status().isCreated());
        }
        mark = mark();
        assertThat(page(registrar, "/audits/" + plan + "/judgements.csv", 200)).contains(rape.incident(),
                theft.incident());
        assertThat(logged(registrar, mark)).containsExactly("incident " + rape.incident() + " Audit judgements CSV");
        mark = mark();
        String analystsFile = page(analyst, "/audits/" + plan + "/judgements.csv", 200);
        assertThat(analystsFile).contains(theft.incident()).doesNotContain(rape.incident()).contains(",restricted,");
        assertThat(logged(analyst, mark)).as("withheld, not read").isEmpty();
    }

    @Test
    void theTargetedReviewListLogsTheRestrictedIncidentsItRanksAndNoOthers() throws Exception {
        // a word only this run's narratives hold, in every incident that hid an unrecorded crime and in the two left
        // outside the sample, so the ranking puts those two near the top
        String marker = "marker" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        List<Long> hid = new ArrayList<>();
        List<Long> clean = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            hid.add(incidentId(open(opener, "THEFT", RESPONSE, "Bag taken at the " + marker + " stop, then a punch")));
            clean.add(incidentId(open(opener, "THEFT", RESPONSE, "Bicycle taken from the rack")));
        }
        String restricted = open(opener, "SEXUAL_OFFENCE", RESPONSE, "Touched on the bus at the " + marker + " stop");
        String unrestricted = open(opener, "THEFT", RESPONSE, "Phone taken at the " + marker + " stop");
        List<Long> sampled = new ArrayList<>(hid);
        sampled.addAll(clean);
        long plan = planSampling(sampled);
        for (long incident : sampled) {
            int should = hid.contains(incident) ? 2 : 1;
            mvc.perform(post("/api/v1/audits/" + plan + "/incidents/" + incident + "/judgements").with(basic(auditor))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"review":"FIRST","shouldHaveBeenRecorded":%d,"recorded":1,"recordedOnTime":true,
                                     "victimInformed":true,"note":"Checked"}""".formatted(should)))
                    .andExpect(status().isCreated());
        }

        long mark = mark();
        String targeted = page(auditor, "/audits/" + plan + "/targeted", 200);
        List<String> ranked = matches(targeted, "href=\"/incidents/([^\"]+)\"");
        assertThat(ranked).contains(restricted, unrestricted);
        List<String> restrictedRanked = jdbc.sql("select i.reference from incident i where i.reference in (:refs) and "
                        + NeedToKnow.restrictedIncidentSql("i"))
                .param("refs", ranked).query(String.class).list();
        assertThat(logged(auditor, mark)).containsExactlyInAnyOrderElementsOf(
                        rows("incident", restrictedRanked, "Audit targeted review list"))
                .contains("incident " + restricted + " Audit targeted review list")
                .doesNotContain("incident " + unrestricted + " Audit targeted review list");
    }

    @Test
    void theRegistrarsDeskLogsTheRestrictedCrimesWaitingForADecision() throws Exception {
        Recorded rape = record("ASSAULT", "19C", "[]");
        Recorded assault = record("ASSAULT", "8N", "[]");
        reclassify(rape.crime(), "8N", "Account withdrawn " + System.nanoTime());
        reclassify(assault.crime(), "105A", "No injury after all " + System.nanoTime());

        long mark = mark();
        page(registrar, "/registrar", 200);
        List<String> rows = logged(registrar, mark);
        assertThat(rows).as("the downgrade of the rape waits on the desk").contains("crime " + rape.crime()
                + " Registrar's desk").doesNotContain("crime " + assault.crime() + " Registrar's desk");
        assertThat(rows).as("once each").doesNotHaveDuplicates();
        // and exactly the restricted records the desk lists: crimes with a proposal waiting, incidents decided late
        List<String> expected = jdbc.sql("""
                select 'crime ' || c.reference || ' Registrar''s desk' from crime c
                    join offence_classification o on o.code = c.classification_code
                where (exists (select 1 from crime_reclassification p where p.crime_id = c.id and p.status = 'PROPOSED')
                    or exists (select 1 from crime_removal p where p.crime_id = c.id and p.status = 'PROPOSED'))
                  and """ + NeedToKnow.restrictedCrimeSql("c", "o") + """

                union all
                select 'incident ' || i.reference || ' Registrar''s desk' from incident i
                where i.id in (select incident_id from recording_decision where delay_seconds > 0
                               order by decided_at desc limit 50)
                  and """ + NeedToKnow.restrictedIncidentSql("i")).query(String.class).list();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);

        String supervisor = ensure("lists.supervisor", RESPONSE, Role.SUPERVISOR);
        mark = mark();
        page(supervisor, "/registrar", 200);
        assertThat(logged(supervisor, mark)).as("without need-to-know nothing restricted is listed")
                .doesNotContain("crime " + rape.crime() + " Registrar's desk");
    }

    @Test
    void theLedgerPageLogsTheRestrictedIncidentsWhoseEntriesItShowsToTheRegistrarButNotToAnAdministrator()
            throws Exception {
        Recorded rape = record("ASSAULT", "19C", "[]");
        Recorded assault = record("ASSAULT", "8N", "[]");
        reclassify(rape.crime(), "8N", "Account withdrawn " + System.nanoTime());
        reclassify(assault.crime(), "105A", "No injury after all " + System.nanoTime());

        long mark = mark();
        page(registrar, "/ledger", 200);
        List<String> rows = logged(registrar, mark);
        assertThat(rows).contains("incident " + rape.incident() + " Ledger page")
                .doesNotContain("incident " + assault.incident() + " Ledger page").doesNotHaveDuplicates()
                .allSatisfy(row -> assertThat(row).startsWith("incident ").endsWith(" Ledger page"));
        List<String> references = rows.stream().map(row -> row.split(" ")[1]).toList();
        assertThat(jdbc.sql("select count(*) from incident i where i.reference in (:refs) and "
                        + NeedToKnow.restrictedIncidentSql("i")).param("refs", references).query(Long.class).single())
                .as("every incident logged is restricted").isEqualTo(references.size());

        String admin = ensure("lists.admin", null, Role.ADMIN);
        mark = mark();
        assertThat(page(admin, "/ledger", 200)).contains("Withheld: a restricted record (need-to-know)");
        assertThat(logged(admin, mark)).as("withheld, not read").isEmpty();
    }

    @Test
    void ruleFindingsOnTheirPageAndInTheirCsvLogTheRestrictedIncidentTheyName() throws Exception {
        Recorded rape = record("ASSAULT", "19C", "[]");
        Recorded theft = record("THEFT", "49", "[]");
        long run = jdbc.sql("""
                insert into rule_run (started_at, finished_at, as_of, started_by, incidents_checked, errors, warnings,
                    information) values (now(), now(), now(), 'lists', 2, 0, 4, 0) returning id""")
                .query(Long.class).single();
        for (Recorded recorded : List.of(rape, theft)) {
            for (String rule : List.of("CRR-DEC-004", "CRR-DEC-005")) {
                jdbc.sql("""
                        insert into rule_finding (run_id, rule_code, severity, incident_id, incident_reference,
                            record_kind, record_reference, detail)
                        select :run, :rule, 'WARNING', i.id, i.reference, 'crime', :crime, 'Checked by test'
                        from incident i where i.reference = :incident""")
                        .param("run", run).param("rule", rule).param("crime", recorded.crime())
                        .param("incident", recorded.incident()).update();
            }
        }
        for (Recorded named : List.of(rape, theft)) {
            long mark = mark();
            assertThat(page(registrar, "/compliance/findings?incident=" + named.incident(), 200))
                    .contains(named.incident());
            assertThat(page(auditor, "/compliance/findings.csv?incident=" + named.incident(), 200))
                    .contains(named.incident());
            boolean restricted = named == rape;
            assertThat(logged(registrar, mark)).as("two findings on one crime of one incident: a row for each record")
                    .containsExactlyInAnyOrderElementsOf(restricted ? List.of("incident " + rape.incident() + " Rule findings",
                            "crime " + rape.crime() + " Rule findings") : List.of());
            assertThat(logged(auditor, mark)).containsExactlyInAnyOrderElementsOf(restricted ? List.of(
                    "incident " + rape.incident() + " Rule findings CSV", "crime " + rape.crime() + " Rule findings CSV")
                    : List.of());
        }
    }

    @Test
    void theCrimesOnARestrictedIncidentsPageAndDecisionAreLoggedWithTheIncident() throws Exception {
        Recorded abuse = record("ASSAULT", "8N", "[\"DOMESTIC_ABUSE\"]");
        Recorded assault = record("ASSAULT", "8N", "[]");
        String ppuOfficer = ensure("lists.ppu-officer", NeedToKnow.PUBLIC_PROTECTION_UNIT, Role.OFFICER);

        long mark = mark();
        assertThat(page(ppuOfficer, "/incidents/" + abuse.incident(), 200)).contains(abuse.crime());
        page(ppuOfficer, "/api/v1/incidents/" + abuse.incident() + "/decision", 200);
        assertThat(logged(ppuOfficer, mark)).containsExactly(
                "incident " + abuse.incident() + " Incident page", "crime " + abuse.crime() + " Incident page",
                "incident " + abuse.incident() + " Crime-recording decision",
                "crime " + abuse.crime() + " Crime-recording decision");
        mark = mark();
        assertThat(page(ppuOfficer, "/incidents/" + assault.incident(), 200)).contains(assault.crime());
        page(ppuOfficer, "/api/v1/incidents/" + assault.incident() + "/decision", 200);
        assertThat(logged(ppuOfficer, mark)).isEmpty();
    }

    /** A plan of the force's own incidents whose sample is exactly these incidents, in this order. */
    private long planSampling(List<Long> incidents) {
        LocalDate today = LocalDate.now();
        AuditPlan plan = audits.create(new NewAuditPlan("Lists " + System.nanoTime(),
                AuditPopulation.CRIME_RELATED_INCIDENTS, today.minusDays(2), today.plusDays(1), false, 0.45, 0.85, 0.95,
                1.0, 1.0, System.nanoTime(), null), Actor.system(auditor, Role.AUDITOR));
        String stratum = jdbc.sql("select stratum from audit_sample_item where plan_id = ? limit 1").param(plan.id())
                .query(String.class).single();
        jdbc.sql("delete from audit_sample_item where plan_id = ?").param(plan.id()).update();
        for (long incident : incidents) {
            jdbc.sql("insert into audit_sample_item (plan_id, stratum, incident_id) values (?, ?, ?)")
                    .params(plan.id(), stratum, incident).update();
        }
        return plan.id();
    }

    private void reclassify(String crime, String to, String reason) throws Exception {
        int version = JsonPath.read(page(recorder, "/api/v1/crimes/" + crime, 200), "$.crime.version");
        mvc.perform(post("/api/v1/crimes/" + crime + "/reclassifications").with(basic(recorder))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toCode\":\"%s\",\"reason\":\"%s\",\"version\":%d}".formatted(to, reason, version)))
                .andExpect(status().is2xxSuccessful());
    }

    record Recorded(String incident, String crime) {
    }

    private Recorded record(String openingType, String classification, String flags) throws Exception {
        String incident = open(opener, openingType, RESPONSE, "N");
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

    private String open(String username, String openingType, String team, String narrative) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/incidents").with(basic(username))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"receivedAt":"%s","channel":"ONLINE","reporterName":"R","reporterRelation":"VICTIM",
                         "locationText":"L","openingType":"%s","teamCode":"%s","narrative":"%s"}"""
                        .formatted(Instant.now().minus(1, ChronoUnit.HOURS), openingType, team, narrative)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.incident.reference");
    }

    private long incidentId(String reference) {
        return jdbc.sql("select id from incident where reference = ?").param(reference).query(Long.class).single();
    }

    private long victimOf(String crime) {
        return jdbc.sql("select victim_id from crime where reference = ?").param(crime).query(Long.class).single();
    }

    private long mark() {
        return ReadLogSince.now(jdbc).mark();
    }

    private List<String> logged(String actor, long mark) {
        return new ReadLogSince(jdbc, mark).of(actor);
    }

    private static List<String> rows(String type, List<String> ids, String purpose) {
        Set<String> once = new LinkedHashSet<>(ids);
        return once.stream().map(id -> type + " " + id + " " + purpose).toList();
    }

    private static List<String> matches(String text, String pattern) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Reads a page (signed in) or the API (basic authentication), expecting the status. */
    private String page(String username, String path, int expected) throws Exception {
        RequestPostProcessor as = path.startsWith("/api/") ? basic(username)
                : user(username).roles(roles.get(username).name());
        return mvc.perform(get(path).with(as)).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString();
    }

    private String ensure(String username, String team, Role role) {
        roles.put(username, role);
        if (!accounts.exists(username)) {
            accounts.create(username, username, team, TestUsers.PASSWORD, role);
        }
        return username;
    }

    private static RequestPostProcessor basic(String username) {
        return httpBasic(username, TestUsers.PASSWORD);
    }
}
