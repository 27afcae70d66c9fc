package org.crimeledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class AuditCommandTests {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new CrimeledgerCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void planPrintsTheSizeAndItsWorking() {
        int exit = run("audit", "plan", "--population", "10000000", "--precision", "2");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Sample size: 1225 incidents", "Finite-population correction");
    }

    @Test
    void planRefusesAPrecisionOnlyACensusCouldGive() {
        assertThat(run("audit", "plan", "--population", "200", "--precision", "0.1")).isEqualTo(2);
        assertThat(err.toString()).contains("more than the 200 in the population");
    }

    @Test
    void theSameFileSizeAndSeedGiveTheSameSample() throws IOException {
        Path ids = folder.resolve("ids.csv");
        Files.writeString(ids, "incident_id\n" + LongStream.rangeClosed(1, 5_000).mapToObj(Long::toString)
                .collect(Collectors.joining("\n")));

        run("audit", "sample", "--population-file", ids.toString(), "--size", "50", "--seed", "2026");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("audit", "sample", "--population-file", ids.toString(), "--size", "50", "--seed", "2026");

        assertThat(out.toString()).isEqualTo(first);
        assertThat(first.lines()).hasSize(51).first().isEqualTo("incident_id");
    }

    @Test
    void estimateReadsJudgementsAndReportsTheRateUnrecordedCrimeAndGrade() throws IOException {
        StringBuilder csv = new StringBuilder("incident_id,should_have_been_recorded,recorded\n");
        for (int i = 1; i <= 157; i++) {
            csv.append(i).append(',').append(i <= 133 ? 1 : 0).append(',').append(i <= 111 ? 1 : 0).append('\n');
        }
        Path judgements = folder.resolve("sussex.csv");
        Files.writeString(judgements, csv);

        int exit = run("audit", "estimate", "--judgements", judgements.toString(), "--population", "100000",
                "--recorded-crime", "100000", "--bootstrap", "500");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Crime-recording rate: 83.5%", "Bootstrap: 83.5%",
                "Unrecorded crimes a year: 19,820", "Inadequate");
    }

    @Test
    void estimateNamesTheLineOfAnImpossibleJudgement() throws IOException {
        Path judgements = folder.resolve("bad.csv");
        Files.writeString(judgements, "incident_id,should_have_been_recorded,recorded\n1,1,1\n2,1,3\n");

        assertThat(run("audit", "estimate", "--judgements", judgements.toString(), "--population", "100")).isEqualTo(2);
        assertThat(err.toString()).contains("line 3 (incident 2): More crimes recorded (3) than should have been recorded (1)");
    }

    @Test
    void estimateRefusesAnEmptySample() throws IOException {
        Path judgements = folder.resolve("empty.csv");
        Files.writeString(judgements, "incident_id,should_have_been_recorded,recorded\n");

        assertThat(run("audit", "estimate", "--judgements", judgements.toString(), "--population", "100")).isEqualTo(2);
        assertThat(err.toString()).contains("an estimate needs a sample");
    }
}
