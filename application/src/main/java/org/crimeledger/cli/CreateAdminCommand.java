package org.crimeledger.cli;

import java.util.concurrent.Callable;

import org.crimeledger.CrimeledgerApplication;
import org.crimeledger.security.UserAccounts;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Creates the first administrator of a server deployment, which starts with no users at all.
 * The password comes from {@code CRIMELEDGER_ADMIN_PASSWORD} or an interactive prompt, never the command line.
 */
@Command(name = "create-admin", mixinStandardHelpOptions = true,
        description = "Create an administrator account in the configured database.")
class CreateAdminCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "CRIMELEDGER_ADMIN_PASSWORD";

    @Spec
    CommandSpec spec;

    @Option(names = "--username", required = true, description = "Sign-in name of the new administrator.")
    String username;

    @Option(names = "--display-name", description = "Name shown in the service (default: the username).")
    String displayName;

    @Option(names = "--password", interactive = true, arity = "0..1",
            description = "Prompt for the password (or set " + PASSWORD_VARIABLE + ").")
    char[] password;

    @Override
    public Integer call() {
        String secret = password != null ? new String(password) : System.getenv(PASSWORD_VARIABLE);
        if (secret == null || secret.isBlank()) {
            throw new ParameterException(spec.commandLine(),
                    "No password: pass --password to be prompted, or set " + PASSWORD_VARIABLE);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CrimeledgerApplication.class)
                .web(WebApplicationType.NONE)
                .run("--crimeledger.demo.enabled=false")) {
            context.getBean(UserAccounts.class)
                    .createAdministrator(username, displayName == null ? username : displayName, secret);
        }
        spec.commandLine().getOut().println("Administrator '" + username + "' created.");
        return 0;
    }
}
