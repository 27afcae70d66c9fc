package org.crimeledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class CrimeledgerCommandTests {

    @Test
    void helpListsTheSubcommands() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new CrimeledgerCommand()).setOut(new PrintWriter(out)).execute("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("serve", "create-admin", "Start the web application");
    }

    @Test
    void noArgumentsMeansServe() {
        assertThat(CrimeledgerCommand.withDefaultSubcommand()).containsExactly("serve");
    }

    @Test
    void optionsAloneAreServeOptions() {
        assertThat(CrimeledgerCommand.withDefaultSubcommand("--reset-data", "--port", "9090"))
                .containsExactly("serve", "--reset-data", "--port", "9090");
    }

    @Test
    void aNamedSubcommandOrTopLevelHelpIsLeftAlone() {
        assertThat(CrimeledgerCommand.withDefaultSubcommand("create-admin", "--username", "a"))
                .containsExactly("create-admin", "--username", "a");
        assertThat(CrimeledgerCommand.withDefaultSubcommand("--help")).containsExactly("--help");
    }

    @Test
    void serveTurnsItsOptionsIntoSpringProperties() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--reset-data", "--port", "9191", "--spring.profiles.active=x");

        assertThat(serve.springArguments()).containsExactly(
                "--spring.profiles.active=x", "--crimeledger.database.reset=true", "--server.port=9191");
    }

    @Test
    void createAdminRefusesToRunWithoutAPassword() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new CrimeledgerCommand()).setErr(new PrintWriter(err))
                .execute("create-admin", "--username", "someone");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("No password");
    }
}
