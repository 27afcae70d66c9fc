package org.crimeledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crimeledger.CrimeledgerApplication;
import org.crimeledger.exchange.FileImport;
import org.crimeledger.exchange.ImportFinding;
import org.crimeledger.exchange.PoliceUkImport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports data.police.uk files from the command line, with a progress bar, then one line per file and its
 * first findings. Safe to stop at any moment and run again: each file loads whole or not at all, and files
 * already imported are skipped by their hash.
 */
@Command(name = "police-uk", mixinStandardHelpOptions = true,
        description = "Import data.police.uk street-level crime, outcomes and stop-and-search files (.csv or .csv.gz); "
                + "folders are searched for them. Exits 0 when every file loaded or was already imported, "
                + ImportPoliceUkCommand.SOME_REJECTED + " when a file was rejected whole.")
class ImportPoliceUkCommand implements Callable<Integer> {

    static final int SOME_REJECTED = 1;

    private static final int FINDINGS_SHOWN = 5;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder of the embedded database "
            + "(default: ./data/postgres); not used when SPRING_DATASOURCE_URL names a server.")
    Path dataDirectory;

    @Option(names = "--parallel", paramLabel = "N", description = "Files imported at once, each in its own "
            + "transaction (default: ${DEFAULT-VALUE}).")
    int parallel = PoliceUkImport.DEFAULT_PARALLEL;

    @Option(names = "--no-progress", description = "No progress bar (for logs and scripts).")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = PoliceUkImport.filesIn(paths);
        out.printf("Importing %d files%n", files.size());
        out.flush();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CrimeledgerApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(springArguments())) {
            ProgressBar bar = new ProgressBar(out, !noProgress);
            List<FileImport> results = context.getBean(PoliceUkImport.class)
                    .importFiles(files, System.getProperty("user.name", "command line"), bar, parallel);
            bar.finish();
            return report(results, out);
        }
    }

    static int report(List<FileImport> results, PrintWriter out) {
        long read = 0;
        long loaded = 0;
        long rejected = 0;
        boolean fileRejected = false;
        for (FileImport result : results) {
            out.println(result.summary());
            result.findings().stream().limit(FINDINGS_SHOWN).map(ImportFinding::describe)
                    .forEach(finding -> out.println("  " + finding));
            if (result.findingCount() > FINDINGS_SHOWN) {
                out.printf("  and %,d more findings%n", result.findingCount() - FINDINGS_SHOWN);
            }
            read += result.rowsRead();
            loaded += result.rowsLoaded();
            rejected += result.rowsRejected();
            fileRejected |= result.status() == FileImport.Status.REJECTED;
        }
        out.printf("%d files: %,d rows read, %,d loaded, %,d rejected%n", results.size(), read, loaded, rejected);
        out.flush();
        return fileRejected ? SOME_REJECTED : 0;
    }

    String[] springArguments() {
        List<String> arguments = new ArrayList<>(List.of("--crimeledger.demo.enabled=false",
                "--crimeledger.demo.synthetic-incidents=0", "--spring.main.banner-mode=off",
                "--logging.level.root=warn"));
        if (dataDirectory != null) {
            arguments.add("--crimeledger.database.data-directory=" + dataDirectory.toAbsolutePath());
        }
        return arguments.toArray(String[]::new);
    }
}
