package org.crimeledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ReferenceCommandTests {

    static final Path OFFICIAL = Path.of("../shared/data/reference/ho_notifiable_offences_2026_27.csv");

    @TempDir
    Path folder;

    @Test
    void previewsThenAppliesTheOfficialListAndRollsItBack() throws IOException {
        assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null,
                "applies and rolls back reference versions, so runs only on an embedded database of its own");
        assumeTrue(Files.isRegularFile(OFFICIAL), "skipped: " + OFFICIAL.toAbsolutePath() + " is absent");
        Path data = folder.resolve("postgres");
        Path cut = folder.resolve("ho_notifiable_offences_2026_27.csv");
        String text = Files.readString(OFFICIAL);
        Files.writeString(cut, text.substring(0, text.length() / 3));

        StringWriter refused = new StringWriter();
        assertThat(run(refused, "reference", "import", cut.toString(), "--apply", "--data-dir", data.toString()))
                .isEqualTo(ReferenceCommand.FINDINGS);
        assertThat(refused.toString()).contains("Nothing applied").contains("truncated");

        StringWriter preview = new StringWriter();
        assertThat(run(preview, "reference", "import", OFFICIAL.toString(), "--data-dir", data.toString())).isZero();
        assertThat(preview.toString())
                .contains("List for 2026/27")
                .contains("1698 offence lines read, 1630 current, in 141 classes")
                .contains("classes: 0 added, 0 amended, 0 deleted")
                .contains("Nothing applied (preview)");

        StringWriter applied = new StringWriter();
        assertThat(run(applied, "reference", "import", OFFICIAL.toString(), "--apply", "--by", "registrar",
                "--data-dir", data.toString())).isZero();
        assertThat(applied.toString()).contains("Applied as version 2, in force from 2026-04-01");

        StringWriter rolledBack = new StringWriter();
        assertThat(run(rolledBack, "reference", "rollback", "--data-dir", data.toString())).isZero();
        assertThat(rolledBack.toString()).contains("Rolled back version 2 (2026/27 list");
        StringWriter nothing = new StringWriter();
        assertThat(run(nothing, "reference", "rollback", "--data-dir", data.toString()))
                .isEqualTo(ReferenceCommand.NOTHING_TO_DO);
    }

    @Test
    void aListWithoutAYearIsRefusedBeforeAnythingStarts() throws IOException {
        Path file = folder.resolve("list.csv");
        Files.writeString(file, "ho_code\n");
        StringWriter out = new StringWriter();
        assertThat(run(out, "reference", "import", file.toString())).isEqualTo(ReferenceCommand.FINDINGS);
        assertThat(out.toString()).contains("Say which financial year the list is for with --year");
    }

    private static int run(StringWriter out, String... args) {
        return new CommandLine(new CrimeledgerCommand()).setOut(new PrintWriter(out)).execute(args);
    }
}
