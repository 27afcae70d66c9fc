package org.crimeledger.cli;

import java.nio.file.Path;

import org.crimeledger.CrimeledgerApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application without its web server or demo data, as the commands that read or check the database start it. */
final class Headless {

    private Headless() {
    }

    /** Starts it on the embedded database in {@code dataDirectory} (null: the default), or the server configured. */
    static ConfigurableApplicationContext start(Path dataDirectory) {
        String[] arguments = dataDirectory == null ? new String[] {"--crimeledger.demo.enabled=false"}
                : new String[] {"--crimeledger.demo.enabled=false",
                        "--crimeledger.database.data-directory=" + dataDirectory.toAbsolutePath()};
        return new SpringApplicationBuilder(CrimeledgerApplication.class).web(WebApplicationType.NONE).run(arguments);
    }
}
