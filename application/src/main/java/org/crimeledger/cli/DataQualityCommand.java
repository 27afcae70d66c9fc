package org.crimeledger.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.crimeledger.exchange.DataQuality;
import org.crimeledger.exchange.QualityFinding;
import org.crimeledger.exchange.QualityFindingsCsv;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs the data-quality checks over the imported data.police.uk data and writes what they find as the CSV of the
 * data-quality page, for a script or a comparison with a national run.
 */
@Command(name = "data-quality", mixinStandardHelpOptions = true,
        description = "Run the checks on the imported data.police.uk data and write the findings as CSV.")
class DataQualityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the CSV here (default: standard output).")
    Path output;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded database (default: ./data/postgres); "
                    + "not used when SPRING_DATASOURCE_URL names a server.")
    Path dataDirectory;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext context = Headless.start(dataDirectory)) {
            List<QualityFinding> findings = context.getBean(DataQuality.class).findings();
            if (output == null) {
                QualityFindingsCsv.write(findings, spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
            } else {
                try (Writer out = Files.newBufferedWriter(output)) {
                    QualityFindingsCsv.write(findings, out);
                }
                spec.commandLine().getErr().println(findings.size() + " findings written to " + output);
            }
            return 0;
        }
    }
}
