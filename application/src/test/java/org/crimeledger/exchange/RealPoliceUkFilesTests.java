package org.crimeledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance test on the real data.police.uk files in {@code ../shared/data/real/police-uk/}: every file's record
 * count as {@code MANIFEST.tsv} gives it, and the known anomalies among the checks. By default it imports Kent, its
 * neighbours Essex, Surrey, Sussex and Hampshire, and City of London (about 290,000 rows); with
 * {@code -Dcrimeledger.real-data=all} it imports every file (about 1.6 million rows). Skipped when the folder is absent.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealPoliceUkFilesTests {

    static final Path REAL = Path.of("../shared/data/real");
    static final Set<String> NEIGHBOURHOOD = Set.of("kent", "essex", "surrey", "sussex", "hampshire");

    @Autowired
    PoliceUkImport importer;

    @Autowired
    DataQuality quality;

    @Autowired
    JdbcClient jdbc;

    List<ManifestEntry> manifest;
    List<QualityFinding> findings;

    record ManifestEntry(String path, String sha256, long records) {
    }

    @BeforeAll
    void importTheRealFiles() throws IOException {
        assumeTrue(Files.isDirectory(REAL.resolve("police-uk")) && Files.exists(REAL.resolve("MANIFEST.tsv")),
                "Skipped: the real data.police.uk files are not at " + REAL.toAbsolutePath().normalize());
        boolean all = "all".equals(System.getProperty("crimeledger.real-data"));
        manifest = Files.readAllLines(REAL.resolve("MANIFEST.tsv")).stream().skip(1).map(line -> line.split("\t"))
                .filter(columns -> columns[0].startsWith("police-uk/"))
                .map(columns -> new ManifestEntry(columns[0], columns[4], Long.parseLong(columns[3])))
                .filter(entry -> all || chosen(entry.path())).toList();
        List<Path> files = manifest.stream().map(entry -> REAL.resolve(entry.path())).toList();
        ImportedFiles.forget(jdbc, files);
        importer.importFiles(files, "test", ImportProgress.NONE);
        findings = quality.findings();
    }

    private static boolean chosen(String path) {
        if (path.startsWith("police-uk/all-forces/")) {
            return NEIGHBOURHOOD.stream().anyMatch(force -> path.endsWith("-" + force + "-street.csv.gz"));
        }
        return path.startsWith("police-uk/kent/") || path.startsWith("police-uk/city-of-london/");
    }

    @Test
    void everyFileGivesTheRecordCountOfTheManifest() {
        assertThat(manifest).isNotEmpty();
        for (ManifestEntry entry : manifest) {
            Map<String, Object> imported = jdbc.sql("""
                    select i.status, i.rows_read, i.rows_rejected, coalesce(same.rows_loaded, i.rows_loaded) as rows_loaded
                    from police_uk_import i left join police_uk_import same on same.id = i.same_as
                    where i.file_sha256 = :sha and i.status <> 'rejected'""")
                    .param("sha", entry.sha256()).query().singleRow();
            assertThat(imported.get("rows_read")).as(entry.path()).isEqualTo(entry.records());
            assertThat(imported.get("rows_loaded")).as(entry.path()).isEqualTo(entry.records());
            assertThat(imported.get("rows_rejected")).as(entry.path()).isEqualTo(0L);
        }
    }

    @Test
    void theKentDuplicateCrimeIdsAreFound() {
        assertThat(find(QualityCheck.DUPLICATE_CRIME_ID, "Kent Police", "2018-11"))
                .anySatisfy(finding -> {
                    assertThat(finding.crimeId()).isEqualTo("e4a6530a84ba3a8bb9f90134abd78bcd7e593dd030cc56aea2a0ae321d405d48");
                    assertThat(finding.detail()).contains("2 rows with 2 different locations or outcomes");
                });
        assertThat(find(QualityCheck.EXACT_DUPLICATE_ROW, "Kent Police", "2019-01"))
                .extracting(QualityFinding::crimeId)
                .contains("6e89b5a711dafdce00fcbf520cd812a5f2f901267eb647868cccf2a2810206aa");
    }

    @Test
    void theKentFallOfNovemberAndDecember2018ShowsAgainstItsNeighbours() {
        for (String month : List.of("2018-11", "2018-12")) {
            assertThat(find(QualityCheck.VOLUME_AGAINST_NEIGHBOURS, "Kent Police", month))
                    .filteredOn(finding -> "all-crime".equals(finding.category())).singleElement()
                    .satisfies(finding -> assertThat(finding.detail())
                            .contains("Essex Police").contains("Surrey Police").contains("Sussex Police"));
        }
        assertThat(find(QualityCheck.VOLUME_AGAINST_NEIGHBOURS, "Essex Police", "2018-11"))
                .as("Essex did not fall").filteredOn(finding -> "all-crime".equals(finding.category())).isEmpty();
        assertThat(find(QualityCheck.VOLUME_AGAINST_OWN_MONTHS, "Kent Police", "2018-11"))
                .extracting(QualityFinding::category).contains("violent-crime").doesNotContain("anti-social-behaviour");
    }

    @Test
    void cityOfLondonOutcomesDatedBeforeTheirCrimesAreListed() {
        List<QualityFinding> early = findings.stream().filter(finding -> finding.check() == QualityCheck.OUTCOME_BEFORE_CRIME
                && finding.force().equals("City of London Police")).toList();
        assertThat(early).as("PROVENANCE.md section 3: 16 matched outcomes dated before their crime").hasSize(16);
        long unknown = findings.stream().filter(finding -> finding.check() == QualityCheck.OUTCOME_CRIME_UNKNOWN
                && finding.force().equals("City of London Police")).mapToLong(QualityFinding::count).sum();
        assertThat(unknown).as("7,891 outcomes of which 6,595 match a street row").isEqualTo(7891 - 6595);
    }

    @Test
    void kentRowsWithoutLocationAreCountedEachMonth() {
        Map<String, Long> noLocation = findings.stream().filter(finding -> finding.check() == QualityCheck.NO_LOCATION
                && finding.force().equals("Kent Police")).collect(Collectors.toMap(
                        finding -> finding.month().toString().substring(0, 7), QualityFinding::count));
        assertThat(noLocation).containsEntry("2018-10", 434L).containsEntry("2018-11", 229L)
                .containsEntry("2018-12", 237L).containsEntry("2019-01", 257L);
    }

    private List<QualityFinding> find(QualityCheck check, String force, String month) {
        LocalDate first = LocalDate.parse(month + "-01");
        Predicate<QualityFinding> wanted = finding -> finding.check() == check && finding.force().equals(force)
                && finding.month().equals(first);
        return findings.stream().filter(wanted).toList();
    }
}
