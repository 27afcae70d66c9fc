package org.crimeledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.crimeledger.standards.FinancialYear;
import org.crimeledger.standards.ImportFinding;
import org.crimeledger.standards.ImportPreview;
import org.crimeledger.standards.ReferenceChange;
import org.crimeledger.standards.ReferenceImport;
import org.crimeledger.standards.ReferenceVersion;
import org.crimeledger.standards.ReferenceVersions;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Loads each year's Home Office notifiable offence list, shows what it changes, and rolls a list back. */
@Command(name = "reference", mixinStandardHelpOptions = true,
        description = "Reference data by financial year: import the Home Office notifiable offence list, list the "
                + "versions, roll back the latest.",
        subcommands = {ReferenceCommand.Import.class, ReferenceCommand.Rollback.class, ReferenceCommand.Versions.class})
class ReferenceCommand {

    static final int FINDINGS = 1;
    static final int NOTHING_TO_DO = 2;

    private static final int CHANGES_SHOWN = 60;

    /** Options every subcommand shares. */
    static class DataDirectory {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "Folder of the embedded database (default: ./data/postgres); "
                        + "not used when SPRING_DATASOURCE_URL names a server.")
        Path dataDirectory;

        <T> T withApplication(Function<ConfigurableApplicationContext, T> work) {
            try (ConfigurableApplicationContext context = Headless.start(dataDirectory)) {
                return work.apply(context);
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Check a notifiable offence list (CSV, layout in docs/reference-data.md) and show what it "
                    + "changes against the list in force before its year; with --apply, store it as a new version. "
                    + "Exits 0 when clean (and applied with --apply), " + FINDINGS + " when it has errors (nothing applied).")
    static class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The list saved as CSV")
        Path file;

        @Option(names = "--year", paramLabel = "YYYY/YY",
                description = "The financial year the list is for, such as 2026/27 (default: the year in the file's name)")
        String year;

        @Option(names = "--apply", description = "Apply the list when it has no error (default: only show the preview)")
        boolean apply;

        @Option(names = "--by", paramLabel = "NAME", description = "Who applies it, for the version history (default: the system user)")
        String by = System.getProperty("user.name", "unknown");

        @picocli.CommandLine.Mixin
        DataDirectory data = new DataDirectory();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            String fileName = file.getFileName().toString();
            Optional<FinancialYear> forYear = year == null ? FinancialYear.inName(fileName) : FinancialYear.parse(year);
            if (forYear.isEmpty()) {
                out.println(year == null ? "Say which financial year the list is for with --year, such as --year 2026/27"
                        : "--year '" + year + "' is not a financial year; write it as 2026/27");
                out.flush();
                return FINDINGS;
            }
            if (!Files.isRegularFile(file)) {
                out.println("No such file: " + file);
                out.flush();
                return FINDINGS;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return data.withApplication(context -> {
                ReferenceImport importer = context.getBean(ReferenceImport.class);
                long started = System.nanoTime();
                if (!apply) {
                    ImportPreview preview = importer.preview(text, fileName, forYear.get());
                    print(preview, out);
                    out.println("Checked in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
                    out.println(preview.applicable() ? "Nothing applied (preview). Run again with --apply to apply it."
                            : "Nothing applied: correct the errors above first.");
                    out.flush();
                    return preview.applicable() ? 0 : FINDINGS;
                }
                ReferenceImport.Applied applied = importer.apply(text, fileName, forYear.get(), by);
                print(applied.preview(), out);
                out.println("Checked" + (applied.versionId().isPresent() ? " and applied" : "") + " in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms, in one transaction.");
                if (applied.versionId().isEmpty()) {
                    out.println("Nothing applied: correct the errors above first.");
                    out.flush();
                    return FINDINGS;
                }
                out.println("Applied as version " + applied.versionId().getAsInt() + ", in force from "
                        + forYear.get().firstDay() + ". Undo with: crimeledger reference rollback");
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true,
            description = "Roll back the latest imported version; the version before it is in force again. "
                    + "Exits " + NOTHING_TO_DO + " when only the built-in table is applied.")
    static class Rollback implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--by", paramLabel = "NAME", description = "Who rolls it back (default: the system user)")
        String by = System.getProperty("user.name", "unknown");

        @picocli.CommandLine.Mixin
        DataDirectory data = new DataDirectory();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return data.withApplication(context -> {
                Optional<ReferenceVersion> rolledBack = context.getBean(ReferenceVersions.class).rollBackLatest(by);
                out.println(rolledBack.map(v -> "Rolled back version " + v.id() + " (" + v.financialYear() + " list from "
                        + v.source() + ")").orElse("Nothing to roll back: only the built-in table is applied."));
                out.flush();
                return rolledBack.isPresent() ? 0 : NOTHING_TO_DO;
            });
        }
    }

    @Command(name = "versions", mixinStandardHelpOptions = true, description = "List the reference versions, newest first.")
    static class Versions implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        DataDirectory data = new DataDirectory();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return data.withApplication(context -> {
                for (ReferenceVersion v : context.getBean(ReferenceVersions.class).all()) {
                    out.println(v.id() + "  " + (v.builtIn() ? "built-in" : v.financialYear() + " from " + v.inForceFrom())
                            + "  " + v.classCount() + " classes, " + v.currentOffenceCount() + " current offence lines"
                            + (v.rolledBack() ? "  ROLLED BACK " + v.rolledBackAt() + " by " + v.rolledBackBy() : "")
                            + "  " + v.source());
                }
                out.flush();
                return 0;
            });
        }
    }

    static void print(ImportPreview preview, PrintWriter out) {
        out.println("List for " + preview.year() + " from " + preview.source() + " (sha256 " + preview.sha256() + ")");
        out.println("  " + preview.lineCount() + " offence lines read, " + preview.currentOffenceCount()
                + " current, in " + preview.classCount() + " classes");
        long errors = preview.errorCount();
        out.println("  " + errors + " error(s), " + (preview.findings().size() - errors) + " warning(s)");
        preview.findings().stream().filter(ImportFinding::isError).forEach(f -> out.println("  " + f.describe()));
        preview.findings().stream().filter(f -> !f.isError()).forEach(f -> out.println("  " + f.describe()));
        if (preview.applicable()) {
            out.println("Changes against " + preview.comparedWith() + ": " + preview.changeSummary());
            List<ReferenceChange> classes = preview.changes().stream().filter(c -> c.subject().equals("class")).toList();
            List<ReferenceChange> offences = preview.changes().stream().filter(c -> c.subject().equals("offence")).toList();
            classes.forEach(c -> out.println("  class " + c.change() + " " + c.code() + ": " + c.description()));
            offences.stream().limit(CHANGES_SHOWN).forEach(c -> out.println("  offence " + c.change() + " " + c.code() + ": "
                    + c.description()));
            if (offences.size() > CHANGES_SHOWN) {
                out.println("  and " + (offences.size() - CHANGES_SHOWN) + " more offence line changes");
            }
        }
    }
}
