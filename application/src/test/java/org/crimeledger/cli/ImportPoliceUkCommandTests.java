package org.crimeledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.crimeledger.exchange.FileImport;
import org.crimeledger.exchange.FileImport.Status;
import org.crimeledger.exchange.ImportFinding;
import org.crimeledger.exchange.PoliceUkFileKind;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class ImportPoliceUkCommandTests {

    @Test
    void theCommandSitsUnderImportAndTakesFilesAndOptions() {
        CommandLine.ParseResult parsed = new CommandLine(new CrimeledgerCommand())
                .parseArgs("import", "police-uk", "--parallel", "3", "--data-dir", "/tmp/x", "a.csv", "folder");
        ImportPoliceUkCommand command = (ImportPoliceUkCommand) parsed.subcommand().subcommand().commandSpec().userObject();

        assertThat(command.paths).hasSize(2);
        assertThat(command.parallel).isEqualTo(3);
        assertThat(command.springArguments()).contains("--crimeledger.demo.enabled=false",
                "--crimeledger.database.data-directory=/tmp/x");
    }

    @Test
    void theReportSumsTheFilesAndExitsOneWhenAFileWasRejected() {
        ImportFinding bad = new ImportFinding("b.csv", 3L, "Month", "2018-13", "not a month as YYYY-MM",
                ImportFinding.Severity.REJECTED);
        List<FileImport> results = List.of(
                new FileImport("a.csv", Status.LOADED, PoliceUkFileKind.STREET, 1L, 10, 9, 1, List.of(bad), 1),
                new FileImport("c.csv", Status.REJECTED, null, 2L, 0, 0, 0,
                        List.of(ImportFinding.ofFile("c.csv", "empty file: no header line")), 1));
        StringWriter out = new StringWriter();

        int exit = ImportPoliceUkCommand.report(results, new PrintWriter(out));

        assertThat(exit).isEqualTo(ImportPoliceUkCommand.SOME_REJECTED);
        assertThat(out.toString()).contains("a.csv: 10 rows read, 9 loaded, 1 rejected",
                "b.csv line 3, column \"Month\", value \"2018-13\": not a month as YYYY-MM",
                "c.csv: rejected, nothing loaded: empty file", "2 files: 10 rows read, 9 loaded, 1 rejected");
    }

    @Test
    void theProgressBarShowsShareRowsRateAndTimeLeft() {
        String line = ProgressBar.line(50_000, 250, 1000, 10);

        assertThat(line).startsWith("[########").contains(" 25% ", "50,000 rows", "5,000 rows/s", "0:30 left");
    }
}
