package org.crimeledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;

import org.crimeledger.synthetic.SyntheticForce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class GenerateCommandTests {

    @Test
    void theOptionsBecomeTheSyntheticForcesSettings() {
        GenerateCommand generate = new GenerateCommand();
        new CommandLine(generate).parseArgs("--incidents", "5000000", "--seed", "7", "--days", "90",
                "--start", "2024-04-01");

        assertThat(generate.force()).isEqualTo(SyntheticForce.demoshire().withIncidents(5_000_000).withSeed(7)
                .withPeriod(LocalDate.of(2024, 4, 1), 90));
    }

    @Test
    void resetAndTheDataFolderGoToTheEmbeddedDatabaseAndTheDemoStaysOff() {
        GenerateCommand generate = new GenerateCommand();
        new CommandLine(generate).parseArgs("--reset", "--data-dir", "/tmp/somewhere");

        assertThat(generate.springArguments()).containsExactly("--crimeledger.demo.enabled=false",
                "--crimeledger.database.reset=true", "--crimeledger.database.data-directory=/tmp/somewhere");
    }

    @Test
    @DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+",
            disabledReason = "would generate into the server the variable names")
    void generatesIntoAnEmbeddedDatabaseAndSaysHowFast(@TempDir Path data) {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new CrimeledgerCommand()).setOut(new PrintWriter(out))
                .execute("generate", "--incidents", "400", "--days", "7", "--data-dir", data.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("400 of 400 incidents loaded", "synthetic_truth", "rows/s");
    }
}
