package org.crimeledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.exchange.ImportedExtracts.fixture;
import static org.crimeledger.exchange.ImportedExtracts.fresh;
import static org.crimeledger.exchange.ImportedExtracts.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crimeledger.DatabaseTest;
import org.crimeledger.compliance.ExtractFinding;
import org.crimeledger.compliance.ExtractValidator;
import org.crimeledger.compliance.InterchangeFile;
import org.crimeledger.compliance.InterchangeReader;
import org.crimeledger.rules.RuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing interchange extracts: every usable row once, the validator's findings, never half a file. */
@DatabaseTest
class InterchangeImportTests {

    @Autowired
    InterchangeImport importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportedExtractRules rules;

    @Test
    void aValidExtractLoadsEveryRowWithItsValuesAndASecondImportChangesNothing() {
        ExtractImport loaded = fresh(importer, jdbc, fixture("valid"));

        assertThat(loaded.status()).isEqualTo(ExtractImport.Status.LOADED);
        assertThat(loaded.findingCount()).isZero();
        assertThat(rows(jdbc, "interchange_incident", loaded.importId())).isEqualTo(4);
        assertThat(rows(jdbc, "interchange_decision", loaded.importId())).isEqualTo(3);
        assertThat(rows(jdbc, "interchange_victim", loaded.importId())).isEqualTo(3);
        assertThat(rows(jdbc, "interchange_crime", loaded.importId())).isEqualTo(2);
        assertThat(rows(jdbc, "interchange_outcome", loaded.importId())).isEqualTo(1);
        assertThat(rows(jdbc, "interchange_cancellation", loaded.importId())).isEqualTo(1);
        assertThat(rows(jdbc, "interchange_reclassification", loaded.importId())).isZero();
        assertThat(loaded.rowsLoaded()).isEqualTo(14);
        assertThat(jdbc.sql("""
                select victim_ids[1] || ' ' || array_length(flags, 1) || ' ' || named_suspect || ' ' || line || ' '
                    || to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI')
                from interchange_crime where import_id = :id and crime_ref = 'CR-1'""")
                .param("id", loaded.importId()).query(String.class).single()).isEqualTo("V1 1 true 2 2026-03-02 12:00");
        assertThat(jdbc.sql("select explanation from interchange_decision where import_id = :id and incident_ref = 'INC-2'")
                .param("id", loaded.importId()).query(String.class).single())
                .as("a quoted value with doubled quotes").contains("\"as the owner later agreed\"");
        assertThat(jdbc.sql("select to_char(received_at at time zone 'UTC', 'HH24:MI') from interchange_incident "
                + "where import_id = :id and incident_ref = 'INC-2'").param("id", loaded.importId())
                .query(String.class).single()).isEqualTo("09:30");

        ExtractImport again = importer.importExtract(fixture("valid"), "test", ImportProgress.NONE);
        assertThat(again.status()).isEqualTo(ExtractImport.Status.ALREADY_IMPORTED);
        assertThat(again.importId()).isEqualTo(loaded.importId());
        assertThat(rows(jdbc, "interchange_incident", loaded.importId())).isEqualTo(4);
    }

    @Test
    void aBrokenExtractGivesTheValidatorsFormatFindingsAndLoadsOnlyTheUsableRows() {
        List<ExtractFinding> validated = new ArrayList<>();
        new ExtractValidator(RuleSettings.defaults(java.time.Instant.parse("2026-06-01T00:00:00Z"))).validate(fixture("broken"), validated::add);
        List<String> expected = validated.stream().filter(finding -> finding.code().startsWith("CSV-"))
                .map(InterchangeImportTests::where).sorted().toList();

        ExtractImport loaded = fresh(importer, jdbc, fixture("broken"));

        assertThat(loaded.findings().stream().map(InterchangeImportTests::where).sorted().toList())
                .as("the same format findings as crimeledger validate").isEqualTo(expected).isNotEmpty();
        assertThat(jdbc.sql("select file_name || ':' || line || ':' || coalesce(column_name, '') || ':' || code "
                + "from interchange_import_finding where import_id = :id order by 1").param("id", loaded.importId())
                .query(String.class).list()).hasSize(expected.size())
                .contains("incidents.csv:3:received_at:CSV-005", "incidents.csv:6:incident_ref:CSV-006",
                        "decisions.csv:1:decided_at:CSV-003", "outcomes.csv:3:crime_ref:CSV-007");
        Map<InterchangeFile, InterchangeReader.FileReading> files = loaded.files().stream()
                .collect(Collectors.toMap(InterchangeReader.FileReading::file, file -> file));
        assertThat(files.get(InterchangeFile.DECISIONS).ending()).isEqualTo(InterchangeReader.Ending.UNREADABLE);
        assertThat(files.get(InterchangeFile.CANCELLATIONS).ending()).isEqualTo(InterchangeReader.Ending.UNREADABLE);
        assertThat(rows(jdbc, "interchange_incident", loaded.importId())).as("INC-1, INC-4, INC-5").isEqualTo(3);
        assertThat(rows(jdbc, "interchange_victim", loaded.importId())).as("INC-2's victim refers to a left-out incident")
                .isEqualTo(2);
        assertThat(rows(jdbc, "interchange_outcome", loaded.importId())).isEqualTo(1);
        assertThat(rows(jdbc, "interchange_cancellation", loaded.importId())).isZero();
        assertThat(rows(jdbc, "interchange_decision", loaded.importId())).isZero();
        assertThat(loaded.rowsRead()).isEqualTo(loaded.rowsLoaded() + loaded.rowsLeftOut());
    }

    @Test
    void aFileThatStopsBeingCsvPartWayLoadsNoneOfItsRowsAndRowsReferringToItAreLeftOut(@TempDir Path folder)
            throws Exception {
        copyValid(folder);
        Files.writeString(folder.resolve("crimes.csv"), "\nCR-3,INC-1,8N,V1,,,,,2026-03-02T12:00:00Z,\"unclosed\n",
                java.nio.file.StandardOpenOption.APPEND);

        ExtractImport loaded = fresh(importer, jdbc, folder);

        assertThat(rows(jdbc, "interchange_crime", loaded.importId())).as("no half file").isZero();
        assertThat(rows(jdbc, "interchange_incident", loaded.importId())).isEqualTo(4);
        assertThat(rows(jdbc, "interchange_outcome", loaded.importId())).isZero();
        assertThat(loaded.findings()).extracting(ExtractFinding::file, ExtractFinding::code)
                .contains(org.assertj.core.groups.Tuple.tuple("crimes.csv", "CSV-002"),
                        org.assertj.core.groups.Tuple.tuple("outcomes.csv", "CSV-007"),
                        org.assertj.core.groups.Tuple.tuple("cancellations.csv", "CSV-007"));
        assertThat(jdbc.sql("select ending from interchange_import_file where import_id = :id and file_name = 'crimes.csv'")
                .param("id", loaded.importId()).query(String.class).single()).isEqualTo("unreadable");
    }

    @Test
    void theCatalogueOnAnImportedExtractFindsWhatTheValidatorFindsInItsFilesAtTheSameLines(@TempDir Path folder)
            throws Exception {
        copyValid(folder);
        // Decided two days after the report, and no decision at all on INC-4's crime: rules break.
        Files.writeString(folder.resolve("decisions.csv"), Files.readString(folder.resolve("decisions.csv"))
                .replace("INC-1,CRIMES_RECORDED,,,,,2026-03-02T12:00:00Z", "INC-1,CRIMES_RECORDED,,,,,2026-03-04T12:00:00Z")
                .replace("INC-4,CRIMES_RECORDED,,,,,2026-03-05T15:00:00Z\n", ""));
        RuleSettings settings = RuleSettings.defaults(java.time.Instant.parse("2026-06-01T00:00:00Z"));
        List<ExtractFinding> validated = new ArrayList<>();
        new ExtractValidator(settings).validate(folder, validated::add);
        List<String> expected = validated.stream().filter(finding -> finding.code().startsWith("CRR-"))
                .map(finding -> finding.file() + ":" + finding.line() + ":" + finding.record() + ":" + finding.code())
                .sorted().toList();
        ExtractImport loaded = fresh(importer, jdbc, folder);

        Map<String, Long> byCode = rules.check(loaded.importId(), settings);

        assertThat(expected).as("the fixture breaks some rules").isNotEmpty();
        assertThat(jdbc.sql("select file_name || ':' || line || ':' || coalesce(record, '') || ':' || code "
                + "from interchange_import_finding where import_id = :id and code like 'CRR-%' order by 1")
                .param("id", loaded.importId()).query(String.class).list()).isEqualTo(expected);
        assertThat(byCode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(expected.size());
        rules.check(loaded.importId(), settings);
        assertThat(jdbc.sql("select count(*) from interchange_import_finding where import_id = :id and code like 'CRR-%'")
                .param("id", loaded.importId()).query(Long.class).single()).as("a second run replaces the first")
                .isEqualTo(expected.size());
    }

    private static void copyValid(Path folder) throws java.io.IOException {
        for (InterchangeFile file : InterchangeFile.values()) {
            Path source = fixture("valid").resolve(file.fileName());
            if (Files.exists(source)) {
                Files.copy(source, folder.resolve(file.fileName()));
            }
        }
    }

    private static String where(ExtractFinding finding) {
        return finding.file() + ":" + finding.line() + ":" + finding.column() + ":" + finding.code();
    }
}
