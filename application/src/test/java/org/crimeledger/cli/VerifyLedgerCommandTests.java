package org.crimeledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.crimeledger.CrimeledgerApplication;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgerAppend;
import org.crimeledger.ledger.LedgerVerification;
import org.crimeledger.ledger.LedgerVerification.RecordFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import picocli.CommandLine;

class VerifyLedgerCommandTests {

    @TempDir
    Path folder;

    @Test
    void exitsZeroOnAnIntactLedgerAndNonZeroNamingTheEntryOnceOneIsAltered() {
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null,
                "tampers with the ledger, so runs only on an embedded database of its own, never on a configured server");
        Path data = folder.resolve("postgres");
        StringWriter intact = new StringWriter();
        assertThat(run(intact, "verify-ledger", "--data-dir", data.toString())).isZero();
        assertThat(intact.toString()).contains("Ledger intact: 0 entries verified");

        try (var context = new SpringApplicationBuilder(CrimeledgerApplication.class).web(WebApplicationType.NONE)
                .run("--crimeledger.database.data-directory=" + data, "--crimeledger.demo.enabled=false")) {
            var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            Ledger ledger = context.getBean(Ledger.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            transaction.executeWithoutResult(status -> {
                ledger.append(new LedgerAppend("officer", "OFFICER", "NoteWritten", "note", "1", null, null, "{}"));
                ledger.append(new LedgerAppend("officer", "OFFICER", "NoteWritten", "note", "2", null, null, "{}"));
            });
            transaction.executeWithoutResult(status -> {
                jdbc.sql("alter table ledger_entry disable trigger ledger_entry_append_only").update();
                jdbc.sql("update ledger_entry set actor = 'someone.else' where sequence = 1").update();
                jdbc.sql("alter table ledger_entry enable trigger ledger_entry_append_only").update();
            });
        }

        StringWriter broken = new StringWriter();
        assertThat(run(broken, "verify-ledger", "--data-dir", data.toString())).isEqualTo(VerifyLedgerCommand.NOT_INTACT);
        assertThat(broken.toString()).contains("Ledger broken at entry 1 (note 1): its contents no longer match its hash");
    }

    @Test
    void recordsThatDifferAreListedUnderTheSummaryAndFailTheCheck() {
        var finding = new RecordFinding("crime", "17", 42L, "differs from entry 42, its latest: it was changed");
        var verification = new LedgerVerification(Instant.now(), 42, null, List.of("crime"), List.of(finding), 1);
        StringWriter out = new StringWriter();

        assertThat(VerifyLedgerCommand.report(verification, new PrintWriter(out))).isNotZero();
        assertThat(out.toString()).startsWith("Ledger chain intact (42 entries verified), but 1 record differs")
                .contains("\n  crime 17 differs from entry 42");
    }

    @Test
    void helpListsTheCommand() {
        StringWriter out = new StringWriter();
        assertThat(run(out, "--help")).isZero();
        assertThat(out.toString()).contains("verify-ledger");
    }

    private static int run(StringWriter out, String... args) {
        return new CommandLine(new CrimeledgerCommand()).setOut(new PrintWriter(out)).execute(args);
    }
}
