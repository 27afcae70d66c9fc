package org.crimeledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.crimeledger.CrimeledgerApplication;
import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * Starts the web application. With no datasource settings it runs on an embedded PostgreSQL whose
 * data lives in {@code ./data/postgres}, with demo users; with {@code SPRING_DATASOURCE_URL} it uses that server.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web application (the default command).")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--reset-data", description = "Delete the embedded database's data and start clean.")
    boolean resetData;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded database (default: ./data/postgres).")
    Path dataDirectory;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: 8080).")
    Integer port;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        SpringApplication.run(CrimeledgerApplication.class, springArguments().toArray(String[]::new));
        return CrimeledgerCommand.KEEP_RUNNING;
    }

    List<String> springArguments() {
        List<String> arguments = new ArrayList<>(springArguments);
        if (resetData) {
            arguments.add("--crimeledger.database.reset=true");
        }
        if (dataDirectory != null) {
            arguments.add("--crimeledger.database.data-directory=" + dataDirectory.toAbsolutePath());
        }
        if (port != null) {
            arguments.add("--server.port=" + port);
        }
        return arguments;
    }
}
