package org.crimeledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.exchange.ImportedFiles.fixture;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crimeledger.DatabaseTest;
import org.crimeledger.exchange.FileImport.Status;
import org.crimeledger.exchange.ImportFinding.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing data.police.uk files: good files load whole and once; bad input gives findings and loads nothing wrong. */
@DatabaseTest
class PoliceUkImportTests {

    @Autowired
    PoliceUkImport importer;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forgetFixtures() {
        ImportedFiles.forget(jdbc, List.of(fixture("good"), fixture("invalid")));
    }

    private FileImport importOne(String name) {
        List<FileImport> results = importer.importFiles(List.of(fixture(name)), "test", ImportProgress.NONE);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private long rows(String table, long importId) {
        return jdbc.sql("select count(*) from " + table + " where import_id = :id").param("id", importId)
                .query(Long.class).single();
    }

    @Test
    void streetRowsLoadWithAntiSocialBehaviourWithoutIdAndRowsWithNoLocation() {
        FileImport street = importOne("good/2018-10-testshire-street.csv");

        assertThat(street.status()).isEqualTo(Status.LOADED);
        assertThat(street.kind()).isEqualTo(PoliceUkFileKind.STREET);
        assertThat(street.rowsRead()).isEqualTo(5);
        assertThat(street.rowsLoaded()).isEqualTo(5);
        assertThat(street.findings()).isEmpty();
        assertThat(rows("police_uk_street_crime", street.importId())).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from police_uk_street_crime where import_id = :id and crime_id is null "
                + "and category_slug = 'anti-social-behaviour'").param("id", street.importId()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from police_uk_street_crime where import_id = :id and latitude is null "
                + "and location = 'No Location'").param("id", street.importId()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select location from police_uk_street_crime where import_id = :id and line = 5")
                .param("id", street.importId()).query(String.class).single()).isEqualTo("On or near Park, Ride");
        assertThat(jdbc.sql("select outcome_code from police_uk_street_crime where import_id = :id and line = 5")
                .param("id", street.importId()).query(String.class).single())
                .as("a published spelling of an outcome category").isEqualTo("penalty-notice-issued");
    }

    @Test
    void crlfGzippedOutcomesAndStopAndSearchFilesLoad() {
        Map<String, FileImport> results = importer.importFiles(List.of(fixture("good")), "test", ImportProgress.NONE)
                .stream().collect(Collectors.toMap(result -> Path.of(result.file()).getFileName().toString(), r -> r));

        assertThat(results.values()).allSatisfy(result -> assertThat(result.status()).isEqualTo(Status.LOADED));
        assertThat(results.get("2018-11-testshire-street-crlf.csv").rowsLoaded()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from police_uk_street_crime where import_id = :id and context is null "
                + "and last_outcome not like '%\r%'").param("id", results.get("2018-11-testshire-street-crlf.csv").importId())
                .query(Long.class).single()).as("no carriage return left in the last column").isEqualTo(4);
        assertThat(results.get("2018-12-testshire-street.csv.gz").rowsLoaded()).isEqualTo(5);
        assertThat(results.get("2018-11-testshire-outcomes.csv").kind()).isEqualTo(PoliceUkFileKind.OUTCOMES);
        assertThat(rows("police_uk_outcome", results.get("2018-11-testshire-outcomes.csv").importId())).isEqualTo(3);
        FileImport stops = results.get("2016-01-city-of-london-stop-and-search.csv");
        assertThat(stops.kind()).isEqualTo(PoliceUkFileKind.STOP_AND_SEARCH);
        assertThat(rows("police_uk_stop_and_search", stops.importId())).isEqualTo(2);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        FileImport first = importOne("good/2018-10-testshire-street.csv");
        long importsBefore = jdbc.sql("select count(*) from police_uk_import").query(Long.class).single();

        FileImport again = importOne("good/2018-10-testshire-street.csv");

        assertThat(again.status()).isEqualTo(Status.ALREADY_IMPORTED);
        assertThat(again.importId()).isEqualTo(first.importId());
        assertThat(rows("police_uk_street_crime", first.importId())).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from police_uk_import").query(Long.class).single()).isEqualTo(importsBefore);
    }

    @Test
    void rowsWithTheWrongNumberOfColumnsAreRejectedAndTheRestLoad() {
        FileImport result = importOne("invalid/extra-and-missing-columns.csv");

        assertThat(result.status()).isEqualTo(Status.LOADED);
        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.rowsLoaded()).isEqualTo(1);
        assertThat(result.rowsRejected()).isEqualTo(2);
        assertThat(result.findings()).extracting(ImportFinding::line, ImportFinding::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "expected 12 columns, found 13"),
                org.assertj.core.groups.Tuple.tuple(3L, "expected 12 columns, found 10"));
        assertThat(rows("police_uk_street_crime", result.importId())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from police_uk_import_finding where import_id = :id")
                .param("id", result.importId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badCoordinatesAreRejectedNamingTheColumnAndValue() {
        FileImport result = importOne("invalid/bad-coordinates.csv");

        assertThat(result.rowsLoaded()).isEqualTo(1);
        assertThat(result.findings()).extracting(ImportFinding::line, ImportFinding::column, ImportFinding::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "Longitude", "east"),
                        org.assertj.core.groups.Tuple.tuple(3L, "Latitude", "151.140000"),
                        org.assertj.core.groups.Tuple.tuple(4L, "Longitude", ""));
        assertThat(result.findings()).allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.REJECTED));
    }

    @Test
    void badMonthsAreRejected() {
        FileImport result = importOne("invalid/bad-month.csv");

        assertThat(result.rowsLoaded()).isEqualTo(1);
        assertThat(result.findings()).extracting(ImportFinding::column, ImportFinding::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Month", "2018-13"),
                        org.assertj.core.groups.Tuple.tuple("Month", "October 2018"));
    }

    @Test
    void bytesThatAreNotUtf8RejectTheirRowNamingLineAndColumn() {
        FileImport result = importOne("invalid/not-utf8.csv");

        assertThat(result.rowsLoaded()).isEqualTo(1);
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(3);
            assertThat(finding.column()).isEqualTo("Location");
            assertThat(finding.reason()).contains("not UTF-8");
        });
    }

    @Test
    void unknownCategoriesAreWarningsAndTheRowsLoadAsPublished() {
        FileImport result = importOne("invalid/unknown-categories.csv");

        assertThat(result.rowsLoaded()).isEqualTo(2);
        assertThat(result.rowsRejected()).isZero();
        assertThat(result.findings()).extracting(ImportFinding::column, ImportFinding::value, ImportFinding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Crime type", "Cybercrime", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("Last outcome category", "Sent to the moon", Severity.WARNING));
        assertThat(jdbc.sql("select count(*) from police_uk_street_crime where import_id = :id and crime_type = 'Cybercrime' "
                + "and category_slug is null").param("id", result.importId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void filesThatCannotBeReadWholeAreRejectedAndLoadNothing() {
        Map<String, String> reasons = Map.of(
                "invalid/truncated.csv.gz", "ends early",
                "invalid/wrong-header.csv", "line 1 is the street header but lacks the column \"Crime type\"; has the"
                        + " column \"Offence\", which the header does not",
                "invalid/missing-header.csv", "line 1 is not a data.police.uk header",
                "invalid/empty.csv", "empty file",
                "invalid/not-csv.csv", "not a data.police.uk header");
        long rowsBefore = jdbc.sql("select count(*) from police_uk_street_crime").query(Long.class).single();

        reasons.forEach((file, reason) -> {
            FileImport result = importOne(file);
            assertThat(result.status()).as(file).isEqualTo(Status.REJECTED);
            assertThat(result.rowsLoaded()).as(file).isZero();
            assertThat(result.findings()).as(file).last().satisfies(finding -> {
                assertThat(finding.reason()).contains(reason);
                assertThat(finding.file()).endsWith(Path.of(file).getFileName().toString());
            });
        });

        assertThat(jdbc.sql("select count(*) from police_uk_street_crime").query(Long.class).single()).isEqualTo(rowsBefore);
        assertThat(jdbc.sql("select count(*) from pg_class where relname ~ '^police_uk_(street_crime|outcome|stop_and_search)_[0-9]+$' "
                + "and not relispartition").query(Long.class).single()).as("no table left unattached").isZero();
    }

    @Test
    void aRejectedFileCanBeImportedAgainOnceFixedAndIsNotTakenAsImported() {
        FileImport first = importOne("invalid/empty.csv");
        FileImport second = importOne("invalid/empty.csv");

        assertThat(first.status()).isEqualTo(Status.REJECTED);
        assertThat(second.status()).as("a rejected file is tried again, not skipped").isEqualTo(Status.REJECTED);
    }
}
