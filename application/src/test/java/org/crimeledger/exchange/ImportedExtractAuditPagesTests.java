package org.crimeledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.crimeledger.DatabaseTest;
import org.crimeledger.audit.AuditPlan;
import org.crimeledger.audit.AuditPlans;
import org.crimeledger.audit.AuditPopulation;
import org.crimeledger.audit.ImportedIncident;
import org.crimeledger.audit.ImportedIncidents;
import org.crimeledger.audit.NewAuditPlan;
import org.crimeledger.audit.ReviewState;
import org.crimeledger.audit.SampleItem;
import org.crimeledger.security.Actor;
import org.crimeledger.security.ReadLogSince;
import org.crimeledger.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Audits of an imported interchange extract in the pages: the plan form offers the extract, a sampled imported
 * incident opens a review page with the extract's incident, decision and crimes, a judgement of it is recorded, and
 * need-to-know keeps restricted imported incidents from those without the need (and logs the reads of those with it).
 */
@DatabaseTest
class ImportedExtractAuditPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InterchangeImport importer;

    @Autowired
    AuditPlans audits;

    @Autowired
    ImportedIncidents imported;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    long importId;

    @BeforeEach
    void importAnExtract() throws IOException {
        AnotherRecordsSystemTests.generate(folder, 120, new Random(20261127L));
        // one incident more with a reference of this run, so each run imports an extract of its own
        Files.writeString(folder.resolve("incidents.csv"), "EXT-" + UUID.randomUUID()
                + ",2025-06-01T10:00:00Z,false,VICTIM,,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        ExtractImport result = importer.importExtract(folder, "test", ImportProgress.NONE);
        assertThat(result.status()).isEqualTo(ExtractImport.Status.LOADED);
        importId = result.importId();
    }

    @Test
    void thePlanFormOffersTheExtractAndItsSampleOpensReviewPagesWhereAJudgementIsRecorded() throws Exception {
        mvc.perform(get("/audits").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + importId + "\"")))
                .andExpect(content().string(containsString("Imported extract " + importId + ": ")));

        MvcResult created = mvc.perform(post("/audits").with(csrf()).with(user("auditor").roles("AUDITOR"))
                        .param("name", "Extract " + importId).param("population", "CRIME_RELATED_INCIDENTS")
                        .param("periodFrom", "2025-05-01").param("periodTo", "2026-04-30")
                        .param("precisionPoints", "10").param("expectedRatePercent", "85").param("designEffect", "1.0")
                        .param("crimesPerIncident", "1.0").param("seed", "5")
                        .param("extractImportId", Long.toString(importId)))
                .andExpect(status().is3xxRedirection()).andReturn();
        long planId = Long.parseLong(created.getResponse().getRedirectedUrl().substring("/audits/".length()));
        AuditPlan plan = audits.require(planId);
        assertThat(plan.extractImportId()).as("the form's choice reached the plan").isEqualTo(importId);
        List<SampleItem> sample = audits.sample(planId);
        assertThat(sample).isNotEmpty();

        // a sampled incident that has a crime, to see the crime on its page
        SampleItem item = sample.stream().filter(candidate -> jdbc.sql("select count(*) from interchange_crime "
                        + "where import_id = ? and incident_ref = ?").params(importId, candidate.incidentReference())
                        .query(Long.class).single() > 0).findFirst().orElseThrow();
        String review = "/audits/" + planId + "/imported/" + item.id();
        mvc.perform(get("/audits/" + planId).with(user("auditor").roles("AUDITOR")))
                .andExpect(content().string(containsString("href=\"" + review + "\"")));
        String decision = jdbc.sql("select kind from interchange_decision where import_id = ? and incident_ref = ?")
                .params(importId, item.incidentReference()).query(String.class).single();
        List<String> crimes = jdbc.sql("select crime_ref from interchange_crime where import_id = ? and incident_ref = ?")
                .params(importId, item.incidentReference()).query(String.class).list();
        String page = mvc.perform(get(review).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Review " + item.incidentReference())))
                .andExpect(content().string(containsString(decision)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(crimes).contains("Record a judgement");
        for (String once : List.of("<h1 ", "govuk-back-link", "Crime-recording decision</h2>",
                "Crimes recorded from this incident</h2>", "Judgements</h2>", "Record a judgement</h2>",
                "name=\"shouldHaveBeenRecorded\"")) {
            assertThat(page.split(java.util.regex.Pattern.quote(once), -1)).as("shown once: " + once).hasSize(2);
        }

        // a judgement with a count that is not a number, or more recorded than should have been: the page again with
        // the error summary naming the field, and nothing written
        long judged = jdbc.sql("select count(*) from audit_judgement where item_id = ?").param(item.id())
                .query(Long.class).single();
        for (String[] fault : List.of(new String[] {"x", "1", "shouldHaveBeenRecorded"},
                new String[] {"1", "3", "recorded"})) {
            String refused = mvc.perform(post(review).with(csrf()).with(user("auditor").roles("AUDITOR"))
                            .param("review", "FIRST").param("shouldHaveBeenRecorded", fault[0])
                            .param("recorded", fault[1]).param("expectedClassifications", "8N"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(refused).as(fault[2]).contains("<title>Error: Review ", "There is a problem",
                    "href=\"#" + fault[2] + "\"");
            assertThat(refused.split("Record a judgement</h2>", -1)).as("the form once").hasSize(2);
        }
        assertThat(jdbc.sql("select count(*) from audit_judgement where item_id = ?").param(item.id())
                .query(Long.class).single()).as("nothing written").isEqualTo(judged);

        mvc.perform(post(review).with(csrf()).with(user("auditor").roles("AUDITOR"))
                        .param("review", "FIRST").param("shouldHaveBeenRecorded", "1").param("recorded", "1")
                        .param("expectedClassifications", "8N").param("correctlyClassified", "yes")
                        .param("recordedOnTime", "n/a").param("victimInformed", "n/a").param("decisionCorrect", "n/a"))
                .andExpect(status().is3xxRedirection());
        assertThat(audits.sample(planId).stream().filter(s -> s.id() == item.id()).findFirst().orElseThrow().state())
                .isEqualTo(ReviewState.REVIEWED);
        mvc.perform(get(review).with(user("auditor").roles("AUDITOR")))
                .andExpect(content().string(containsString("FIRST review by auditor")));

        // an item of another plan, or not an imported one, has no page here
        mvc.perform(get("/audits/" + planId + "/imported/" + Long.MAX_VALUE).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aChoiceThatIsNotAnExtractIsAnErrorNamingTheField() throws Exception {
        for (String choice : List.of("not-a-number", "999999999")) {
            mvc.perform(post("/audits").with(csrf()).with(user("auditor").roles("AUDITOR"))
                            .param("name", "Bad choice").param("population", "CRIME_RELATED_INCIDENTS")
                            .param("periodFrom", "2025-05-01").param("periodTo", "2026-04-30")
                            .param("extractImportId", choice))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("There is a problem")))
                    .andExpect(content().string(containsString("href=\"#extractImportId\"")))
                    .andExpect(content().string(containsString("govuk-form-group--error")))
                    .andExpect(content().string(choice.equals("not-a-number")
                            ? containsString("Choose the force&#39;s own records or one of the imported extracts")
                            : containsString("There is no imported extract 999999999")));
        }
        // the force's own records stay the default choice
        mvc.perform(get("/audits").with(user("auditor").roles("AUDITOR")))
                .andExpect(content().string(not(containsString("govuk-form-group--error"))))
                .andExpect(content().string(containsString("<option value=\"\" selected=\"selected\">")));
    }

    @Test
    void aRestrictedImportedIncidentIsShownOnlyWithTheNeedToKnowAndItsReadIsLogged() {
        AuditPlan rapes = audits.create(new NewAuditPlan("Extract rapes " + importId, AuditPopulation.N100_AND_RAPE,
                LocalDate.of(2025, 5, 1), LocalDate.of(2026, 4, 30), false, 0.2, 0.85, 0.95, 1.0, 1.0, 3L, null,
                importId), Actor.system("auditor", Role.AUDITOR));
        SampleItem item = audits.sample(rapes.id()).get(0);
        String record = importId + "/" + item.incidentReference();
        long logged = reads(record);

        ImportedIncident seen = imported.findVisible(rapes.id(), item.id(), Actor.system("auditor", Role.AUDITOR))
                .orElseThrow();
        assertThat(seen.restricted()).as("a rape (19C) is restricted").isTrue();
        assertThat(seen.crimes()).extracting(ImportedIncident.Crime::classification).contains("19C");
        assertThat(reads(record)).as("the auditor's read is logged").isEqualTo(logged + 1);

        assertThat(imported.findVisible(rapes.id(), item.id(), Actor.system("analyst", Role.ANALYST)))
                .as("no need to know: as if it were not there").isEmpty();
        assertThat(reads(record)).isEqualTo(logged + 1);
    }

    @Test
    void theSampleOfAnExtractLogsItsRestrictedIncidentsAndTheJudgementsCsvWithholdsThemFromAnAnalyst()
            throws Exception {
        AuditPlan plan = audits.create(new NewAuditPlan("Extract sample reads " + importId,
                AuditPopulation.CRIME_RELATED_INCIDENTS, LocalDate.of(2025, 5, 1), LocalDate.of(2026, 4, 30), false, 0.1,
                0.85, 0.95, 1.0, 1.0, 11L, null, importId), Actor.system("auditor", Role.AUDITOR));
        List<SampleItem> sample = audits.sample(plan.id());
        // which are restricted, as each one's review page judges it (in Java, over the extract's rows)
        List<SampleItem> restricted = sample.stream().filter(item -> imported.findVisible(plan.id(), item.id(),
                Actor.system("extract.checker", Role.AUDITOR)).orElseThrow().restricted()).toList();
        List<SampleItem> unrestricted = sample.stream().filter(item -> !restricted.contains(item)).toList();
        assertThat(restricted).as("the extract has sexual offences and domestic abuse").isNotEmpty();
        assertThat(unrestricted).isNotEmpty();

        String auditor = "extract.sample-auditor";
        long mark = mark();
        mvc.perform(get("/audits/" + plan.id()).with(user(auditor).roles("AUDITOR"))).andExpect(status().isOk());
        assertThat(logged(auditor, mark)).as("one row per restricted incident of the sample, none for the others")
                .containsExactlyInAnyOrderElementsOf(restricted.stream().map(item -> "imported-incident "
                        + ImportedIncidents.logged(importId, item.incidentReference()) + " Audit sample").toList());

        SampleItem rape = restricted.get(0);
        SampleItem other = unrestricted.get(0);
        for (SampleItem judged : List.of(rape, other)) {
            mvc.perform(post("/api/v1/audits/" + plan.id() + "/imported/" + judged.id() + "/judgements")
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                    .user(auditor).roles("AUDITOR"))
                            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                                    {"review":"FIRST","shouldHaveBeenRecorded":1,"recorded":1,"recordedOnTime":true,
                                     "victimInformed":true,"note":"The victim's account as the extract has it"}"""))
                    .andExpect(status().isCreated());
        }
        String registrar = "extract.registrar";
        mark = mark();
        mvc.perform(get("/audits/" + plan.id() + "/judgements.csv").with(user(registrar).roles("CRIME_REGISTRAR")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(rape.incidentReference())));
        assertThat(logged(registrar, mark)).containsExactly("imported-incident "
                + ImportedIncidents.logged(importId, rape.incidentReference()) + " Audit judgements CSV");

        String analyst = "extract.analyst";
        mark = mark();
        String file = mvc.perform(get("/audits/" + plan.id() + "/judgements.csv").with(user(analyst).roles("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(file).as("the restricted imported incident's reference and note are withheld, as for the force's own")
                .doesNotContain(rape.incidentReference() + ",").contains(other.incidentReference() + ",")
                .contains(",restricted,");
        assertThat(logged(analyst, mark)).isEmpty();
    }

    private long mark() {
        return ReadLogSince.now(jdbc).mark();
    }

    private List<String> logged(String actor, long mark) {
        return new ReadLogSince(jdbc, mark).of(actor);
    }

    @Test
    void anExtractThatAnAuditPlanSamplesIsNotForgottenAndNothingOfItIsDeleted() throws IOException {
        AuditPlan plan = audits.create(new NewAuditPlan("Kept extract " + importId, AuditPopulation.CRIME_RELATED_INCIDENTS,
                LocalDate.of(2025, 5, 1), LocalDate.of(2026, 4, 30), false, 0.2, 0.85, 0.95, 1.0, 1.0, 3L, null,
                importId), Actor.system("auditor", Role.AUDITOR));
        java.util.Map<String, Long> before = rowsOf(importId);
        assertThat(before.get("interchange_incident")).isPositive();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImportedExtracts.forget(jdbc, importId))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Import " + importId + " is not forgotten: audit plan " + plan.id() + " (Kept extract "
                        + importId + ") samples its incidents");
        assertThat(rowsOf(importId)).as("nothing deleted").isEqualTo(before);
        assertThat(audits.sample(plan.id())).as("the plan keeps its sample").isNotEmpty();

        // an extract no plan uses goes whole
        Path other = Files.createDirectory(folder.resolve("other"));
        AnotherRecordsSystemTests.generate(other, 30, new Random(7L));
        Files.writeString(other.resolve("incidents.csv"), "EXT-" + UUID.randomUUID()
                + ",2025-06-01T10:00:00Z,false,VICTIM,,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        long unused = importer.importExtract(other, "test", ImportProgress.NONE).importId();
        assertThat(rowsOf(unused).get("interchange_incident")).isPositive();
        ImportedExtracts.forget(jdbc, unused);
        assertThat(rowsOf(unused).values()).as("every row of the unused extract deleted").containsOnly(0L);
    }

    /** How many rows the import has in each table, the import's own row included. */
    private java.util.Map<String, Long> rowsOf(long id) {
        java.util.Map<String, Long> rows = new java.util.TreeMap<>();
        for (String table : ImportedExtracts.TABLES) {
            rows.put(table, ImportedExtracts.rows(jdbc, table, id));
        }
        rows.put("interchange_import", jdbc.sql("select count(*) from interchange_import where id = ?").param(id)
                .query(Long.class).single());
        return rows;
    }

    private long reads(String record) {
        return jdbc.sql("select count(*) from personal_data_access where record_type = 'imported-incident' "
                + "and record_id = ?").param(record).query(Long.class).single();
    }
}
