package org.crimeledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code crimeledger validate} over the fixture extracts in {@code src/test/resources/interchange}: a valid one and a
 * deliberately broken one whose every fault must be reported with its file, line and column.
 */
class ValidateCommandTests {

    private static final Path FIXTURES = Path.of("application", "src", "test", "resources", "interchange");

    @TempDir
    Path work;

    record Run(int exit, String out, List<CSVRecord> findings) {
    }

    Run validate(String folder) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path findings = work.resolve("findings.csv");
        int exit = new CommandLine(new CrimeledgerCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("validate", FIXTURES.resolve(folder).toString(), "--findings", findings.toString(),
                        "--as-of", "2026-06-01T00:00:00Z");
        List<CSVRecord> rows = List.of();
        if (Files.exists(findings)) {
            try (Reader reader = Files.newBufferedReader(findings)) {
                rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
            }
        }
        return new Run(exit, out + err.toString(), rows);
    }

    @Test
    void aValidExtractHasNoFindingAndExitsZero() throws IOException {
        Run run = validate("valid");

        assertThat(run.findings()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Incidents checked: 4", "0 errors");
    }

    @Test
    void aBrokenExtractReportsEveryFaultWithFileLineAndColumnAndExitsOne() throws IOException {
        Run run = validate("broken");

        assertThat(run.exit()).isEqualTo(ValidateCommand.ERRORS_FOUND);
        assertThat(run.findings()).extracting(r -> r.get("file"), r -> r.get("line"), r -> r.get("column"),
                r -> r.get("rule_code")).contains(
                tuple("incidents.csv", "1", "shoe_size", "CSV-008"),
                tuple("incidents.csv", "3", "received_at", "CSV-005"),
                tuple("incidents.csv", "4", "crime_related", "CSV-005"),
                tuple("incidents.csv", "4", "reporter_relation", "CSV-005"),
                tuple("incidents.csv", "6", "incident_ref", "CSV-006"),
                tuple("decisions.csv", "1", "decided_at", "CSV-003"),
                tuple("victims.csv", "3", "incident_ref", "CSV-007"),
                tuple("outcomes.csv", "3", "crime_ref", "CSV-007"),
                tuple("outcomes.csv", "4", "type", "CSV-005"),
                tuple("outcomes.csv", "4", "outcome_at", "CSV-005"),
                tuple("outcomes.csv", "4", "suspect_previous_offences", "CSV-005"),
                tuple("cancellations.csv", "2", "", "CSV-002"),
                tuple("outcomes.csv", "2", "", "CRR-OUT-007"),
                tuple("incidents.csv", "2", "", "CRR-DEC-001"),
                tuple("incidents.csv", "7", "", "CRR-DEC-001"),
                tuple("incidents.csv", "5", "", "CRR-TIME-003"));
        assertThat(run.out()).contains("CSV-005", "CRR-OUT-007", "left out");
    }

    @Test
    void aMissingFolderIsAClearErrorNotAStackTrace() throws IOException {
        Run run = validate("no-such-folder");

        assertThat(run.exit()).isEqualTo(ValidateCommand.CANNOT_RUN);
        assertThat(run.out()).contains("Not a folder").doesNotContain("Exception");
    }

    @Test
    void garbageBytesAndEmptyFilesBecomeFindingsNeverACrash(@TempDir Path folder) throws IOException {
        Files.write(folder.resolve("incidents.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n', '"', 'x'});
        Files.writeString(folder.resolve("crimes.csv"), "");
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new CrimeledgerCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
                .execute("validate", folder.toString(), "--findings", work.resolve("f.csv").toString());

        assertThat(exit).isEqualTo(ValidateCommand.ERRORS_FOUND);
        assertThat(Files.readString(work.resolve("f.csv"))).contains("incidents.csv", "CSV-002", "crimes.csv",
                "CSV-003", "decisions.csv", "CSV-001");
    }
}
