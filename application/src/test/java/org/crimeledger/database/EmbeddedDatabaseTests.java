package org.crimeledger.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.crimeledger.CrimeledgerApplication;
import org.crimeledger.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded default keeps its data between runs, and a reset starts clean. */
class EmbeddedDatabaseTests {

    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestartAndAResetClearsIt() {
        try (var first = start(false)) {
            jdbc(first).sql("insert into users (username, password, enabled) values ('kept.user', 'x', true)").update();
        }
        try (var second = start(false)) {
            assertThat(countKeptUser(second)).isEqualTo(1);
        }
        try (var reset = start(true)) {
            assertThat(countKeptUser(reset)).isZero();
            assertThat(jdbc(reset).sql("select count(*) from offence_group").query(Integer.class).single())
                    .as("a reset database is migrated again").isPositive();
        }
    }

    @Test
    void demoUsersExistOnlyOnTheEmbeddedDefault() {
        try (var context = start(false)) {
            List<String> demoNames = Arrays.stream(Role.values())
                    .map(role -> role.name().toLowerCase().replace('_', '.')).toList();
            assertThat(jdbc(context).sql("select username from users where username in (:names)")
                    .param("names", demoNames).query(String.class).list())
                    .containsExactlyInAnyOrderElementsOf(demoNames);
        }
    }

    private ConfigurableApplicationContext start(boolean reset) {
        return new SpringApplicationBuilder(CrimeledgerApplication.class)
                .web(WebApplicationType.NONE)
                .run("--crimeledger.database.data-directory=" + folder.resolve("postgres"),
                        "--crimeledger.database.reset=" + reset);
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class);
    }

    private static int countKeptUser(ConfigurableApplicationContext context) {
        return jdbc(context).sql("select count(*) from users where username = 'kept.user'").query(Integer.class).single();
    }
}
