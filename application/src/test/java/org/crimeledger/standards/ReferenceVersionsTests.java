package org.crimeledger.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import org.crimeledger.DatabaseTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Versions by financial year: the built-in dates, importing, the differences, rolling back, lookups by date. */
@DatabaseTest
class ReferenceVersionsTests {

    static final Path OFFICIAL = Path.of("../shared/data/reference/ho_notifiable_offences_2026_27.csv");

    @Autowired
    ReferenceData referenceData;

    @Autowired
    ReferenceImport importer;

    @Autowired
    ReferenceVersions versions;

    @Autowired
    OffenceLines offenceLines;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private final List<Integer> applied = new ArrayList<>();

    @AfterEach
    void rollBackWhatThisTestApplied() {
        while (!applied.isEmpty()) {
            ReferenceVersion latest = versions.rollBackLatest("test").orElseThrow();
            applied.remove(Integer.valueOf(latest.id()));
        }
    }

    @Test
    void theClassificationPageShowsTheClassesInForceOnADateAndRefusesAnUnreadableDate() throws Exception {
        mvc.perform(get("/reference-data/offence-classifications").param("on", "2023-03-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(">28E<")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">28I<"))));
        mvc.perform(get("/reference-data/offence-classifications").param("on", "31 March"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("There is a problem")))
                .andExpect(content().string(Matchers.containsString("href=\"#on\"")));
    }

    @Test
    void theBuiltInTableOffersTheBurglaryClassesOfEachPeriod() {
        assertThat(codesOn("2017-03-31")).contains("28A", "30A").doesNotContain("28E", "28I", "30C", "8U");
        assertThat(codesOn("2017-04-01")).contains("28E", "29A", "30C").doesNotContain("28A", "28I");
        assertThat(codesOn("2023-03-31")).contains("28E", "28H", "29A", "8U", "8T").doesNotContain("28I", "28M");
        assertThat(codesOn("2023-04-01")).contains("28I", "28M", "29B", "29C").doesNotContain("28E", "29A");
        assertThat(codesOn("2020-03-31")).doesNotContain("8U", "8T");
        assertThat(codesOn("2020-04-01")).contains("8U", "8T");
        assertThat(codesOn("2026-11-27")).hasSize(141);
        // A deleted class still has its name for the old records that carry it.
        assertThat(referenceData.offenceClassification("28E").orElseThrow().name()).isEqualTo("Burglary - residential");
    }

    @Test
    void statisticsOverYearsAddSplitClassesIntoOneSeries() {
        ComparableSeries series = referenceData.comparableSeries();
        assertThat(series.of("28A")).isEqualTo(series.of("28E")).isEqualTo(series.of("28I")).isEqualTo(series.of("28M"))
                .isEqualTo("Residential burglary");
        assertThat(series.of("29A")).isEqualTo(series.of("29C"));
        assertThat(series.of("8N")).isEqualTo("8N");
        // Crimes counted under the class in force when each was recorded: 28E before April 2023, 28I/28M after.
        Map<String, Long> recorded = Map.of("28E", 40L, "28I", 25L, "28M", 9L, "28F", 3L, "28J", 2L, "8N", 70L);
        assertThat(series.tally(recorded)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Residential burglary", 74L, "Attempted residential burglary", 5L, "8N", 70L));
    }

    @Test
    void modeOfTrialAndMaximumSentenceComeFromTheBuiltInTableBeforeAnyListIsImported() throws Exception {
        LocalDate day = LocalDate.parse("2025-06-01");
        TrialFacts murder = offenceLines.trialFacts("1", day).orElseThrow();
        assertThat(murder.indictableOnly()).isTrue();
        assertThat(murder.longestSentence().life()).isTrue();
        TrialFacts coercive = offenceLines.trialFacts("8U", day).orElseThrow();
        assertThat(coercive.indictableOnly()).isFalse();
        assertThat(coercive.longestSentence().months()).isEqualTo(60);
        assertThat(offenceLines.withHomeOfficeCode("008/67", day)).isEmpty();
        mvc.perform(get("/api/v1/reference/trial-facts").param("classCode", "4/1").param("on", "2025-06-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modes").value(Matchers.contains("INDICTABLE_ONLY")))
                .andExpect(jsonPath("$.longestSentence.life").value(true));
        mvc.perform(get("/api/v1/reference/trial-facts").param("classCode", "8Z"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("classCode")));
        assertThat(offenceLines.principalCrimeTable()).hasSize(39)
                .first().satisfies(row -> assertThat(row.offence()).isEqualTo("Homicide"));
    }

    @Test
    void aNewYearsListIsPreviewedAppliedInForceFromItsFirstDayAndRolledBack() throws Exception {
        int versionsBefore = versions.all().size();
        ImportPreview first = importer.preview(list(2026, false), "nol.csv", new FinancialYear(2026));
        assertThat(first.findings()).filteredOn(ImportFinding::isError).isEmpty();
        assertThat(first.count("class", "added") + first.count("class", "deleted")).isZero();
        assertThat(first.count("offence", "added")).isEqualTo(141);
        assertThat(versions.all()).as("a preview writes nothing").hasSize(versionsBefore);
        int v2026 = apply(list(2026, false), 2026);

        assertThat(offenceLines.withHomeOfficeCode(hoCodeOf("8U"), LocalDate.parse("2026-05-01")))
                .singleElement().satisfies(line -> assertThat(line.classCode()).isEqualTo("8U"));
        assertThat(offenceLines.trialFacts("1", LocalDate.parse("2026-05-01")).orElseThrow().indictableOnly()).isTrue();

        ImportPreview next = importer.preview(list(2027, true), "nol.csv", new FinancialYear(2027));
        assertThat(next.comparedWith()).contains("version " + v2026);
        assertThat(next.changes()).extracting(c -> c.subject() + " " + c.change() + " " + c.code())
                .containsExactlyInAnyOrder("class added 8V", "class deleted 8U", "offence added 990/01 8V",
                        "offence deleted " + hoCodeOf("8U") + " 8U", "offence amended " + hoCodeOf("8N") + " 8N");
        int v2027 = apply(list(2027, true), 2027);
        assertThat(jdbc.sql("select action from ledger_entry where record_type = 'reference_version' and record_id = :id")
                .param("id", Integer.toString(v2027)).query(String.class).list()).containsExactly("ReferenceVersionApplied");

        LocalDate inMay2027 = LocalDate.parse("2027-05-01");
        assertThat(referenceData.inForce("8U", inMay2027)).isFalse();
        assertThat(referenceData.inForce("8V", inMay2027)).isTrue();
        assertThat(referenceData.inForce("8U", LocalDate.parse("2027-03-31"))).isTrue();
        assertThat(referenceData.inForce("8V", LocalDate.parse("2027-03-31"))).isFalse();
        assertThat(referenceData.offenceClassification("8U")).as("still displays on old records").isPresent();
        assertThat(offenceLines.trialFacts("8N", inMay2027).orElseThrow().indictableOnly()).isTrue();

        mvc.perform(get("/api/v1/reference/versions/" + v2027 + "/changes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '8U' && @.subject == 'class')].change").value(Matchers.contains("deleted")));
        mvc.perform(get("/api/v1/reference/offence-classifications").param("inForceOn", "2027-05-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", Matchers.hasItem("8V")))
                .andExpect(jsonPath("$[*].code", Matchers.not(Matchers.hasItem("8U"))));
        mvc.perform(get("/reference-data/versions/" + v2027))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2027/28 list")))
                .andExpect(content().string(Matchers.containsString("8V")));
        mvc.perform(get("/reference-data/versions")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Residential burglary")));

        ReferenceVersion rolledBack = versions.rollBackLatest("test").orElseThrow();
        applied.remove(Integer.valueOf(rolledBack.id()));
        assertThat(rolledBack.id()).isEqualTo(v2027);
        assertThat(referenceData.inForce("8U", inMay2027)).as("the 2026/27 list is in force again").isTrue();
        assertThat(referenceData.inForce("8V", inMay2027)).isFalse();
    }

    @Test
    void aBadFileAppliesNothing() throws Exception {
        int versionsBefore = versions.all().size();
        long ledgeredBefore = jdbc.sql("select count(*) from ledger_entry where record_type = 'reference_version'")
                .query(Long.class).single();
        String whole = list(2026, false);
        String truncated = whole.substring(0, whole.length() / 2);
        ReferenceImport.Applied cut = importer.apply(truncated, "nol.csv", new FinancialYear(2026), "test");
        assertThat(cut.versionId()).isEmpty();
        assertThat(cut.preview().findings()).anySatisfy(f -> assertThat(f.message()).contains("truncated"));

        ReferenceImport.Applied header = importer.apply(whole.replaceFirst("ho_code", "code"), "nol.csv",
                new FinancialYear(2026), "test");
        assertThat(header.versionId()).isEmpty();

        ReferenceImport.Applied year = importer.apply(whole, "nol_2025_26.csv", new FinancialYear(2026), "test");
        assertThat(year.versionId()).isEmpty();
        assertThat(versions.all()).hasSize(versionsBefore);
        assertThat(jdbc.sql("select count(*) from ledger_entry where record_type = 'reference_version'")
                .query(Long.class).single()).as("nothing ledgered either").isEqualTo(ledgeredBefore);
        assertThat(jdbc.sql("select count(*) from reference_offence o join reference_version v on v.id = o.version_id"
                + " where v.rolled_back_at is null").query(Long.class).single()).isZero();
    }

    @Test
    void theOfficial2026ListLoads141ClassesAnd1630CurrentOffences() throws IOException {
        assumeTrue(Files.isRegularFile(OFFICIAL), "skipped: " + OFFICIAL.toAbsolutePath()
                + " is absent (the shared reference data sits beside the repository only on development machines)");
        // 141 classes and 1,630 current lines of 1,698: counted independently with python's csv module, see
        // NotifiableOffenceListTests.
        String text = Files.readString(OFFICIAL, StandardCharsets.UTF_8);
        int version = apply(text, "ho_notifiable_offences_2026_27.csv", 2026);

        assertThat(jdbc.sql("select count(*) from reference_class where version_id = :v").param("v", version)
                .query(Long.class).single()).isEqualTo(141);
        assertThat(jdbc.sql("select count(*) from reference_offence where version_id = :v and current").param("v", version)
                .query(Long.class).single()).isEqualTo(1630);
        assertThat(versions.find(version).orElseThrow().summary()).startsWith("classes: 0 added, 0 amended, 0 deleted");
        LocalDate day = LocalDate.parse("2026-06-01");
        assertThat(offenceLines.withHomeOfficeCode("008/67", day)).singleElement().satisfies(line -> {
            assertThat(line.classCode()).isEqualTo("8U");
            assertThat(line.act()).isEqualTo("Serious Crime Act 2015");
            assertThat(line.modeOfTrial()).isEqualTo(ModeOfTrial.EITHER_WAY);
            assertThat(line.maximumSentence().atLeastYears(5)).isTrue();
        });
        assertThat(referenceData.offenceClassificationsInForce(day)).hasSize(141);
    }

    private int apply(String text, int startYear) {
        return apply(text, "nol.csv", startYear);
    }

    private int apply(String text, String name, int startYear) {
        ReferenceImport.Applied result = importer.apply(text, name, new FinancialYear(startYear), "test");
        assertThat(result.preview().findings()).filteredOn(ImportFinding::isError).isEmpty();
        int id = result.versionId().orElseThrow();
        applied.add(id);
        return id;
    }

    private List<String> codesOn(String date) {
        return referenceData.offenceClassificationsInForce(LocalDate.parse(date)).stream()
                .map(OffenceClassification::code).toList();
    }

    private String hoCodeOf(String classCode) {
        List<String> inForce = codesOn("2026-04-01");
        return String.format("%03d/01", inForce.indexOf(classCode) + 100);
    }

    /**
     * A list in the documented layout with one line per class of the built-in table, each with a made-up code.
     * The 2027 variant drops 8U, adds 8V (marked added in April 2027) and makes 8N's line indictable only.
     */
    private String list(int startYear, boolean changed) {
        Map<String, String> listClass = Map.of("VIOLENCE_AGAINST_THE_PERSON", "Violence Against The Person",
                "SEXUAL_OFFENCES", "Sexual Offences", "ROBBERY", "Robbery", "THEFT_OFFENCES", "Theft",
                "CRIMINAL_DAMAGE_AND_ARSON", "Arson and Criminal Damage", "DRUG_OFFENCES", "Drug Offences",
                "POSSESSION_OF_WEAPONS_OFFENCES", "Possession of weapons", "PUBLIC_ORDER_OFFENCES", "Public Order Offences",
                "MISCELLANEOUS_CRIMES_AGAINST_SOCIETY", "Miscellaneous crimes against society", "FRAUD_OFFENCES", "NFIB Fraud");
        StringBuilder csv = new StringBuilder("ho_code,ho_class,ho_class_label,offence_group,offence_subgroup,offence,act,"
                + "section,mode,max_sentence,victim_or_state,current,year_added_amended_deleted,commencement_date,"
                + "cessation_date,comment\n");
        List<OffenceClassification> classes = referenceData.offenceClassificationsInForce(LocalDate.parse("2026-04-01"));
        String marker = "Apr-" + (startYear % 100);
        for (int i = 0; i < classes.size(); i++) {
            OffenceClassification c = classes.get(i);
            if (changed && c.code().equals("8U")) {
                continue;
            }
            String mode = c.code().equals("1") || (changed && c.code().equals("8N")) ? "I" : "E";
            csv.append(String.format("%03d/01,%s,\"%s\",%s,,\"Offence of class %s\",Some Act,Sec 1,%s,5,%s,Y,%s,,,%n",
                    i + 100, c.code(), c.name(), listClass.get(c.offenceGroupCode()), c.code(), mode,
                    c.victimBased() ? "V" : "S", i == 0 ? marker : ""));
        }
        if (changed) {
            csv.append("990/01,8V,New class,Violence Against The Person,Stalking and Harassment,New offence,New Act 2027,"
                    + "Sec 1,E,2,V,Y," + marker + ",01-Apr-27,,\n");
        }
        return csv.toString();
    }

}
