package org.crimeledger.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Says which PostgreSQL the database-facing tests ran on, and proves it: the embedded server by
 * default, the server named by {@code SPRING_DATASOURCE_URL} when the CI profile sets it.
 */
@DatabaseTest
class DatabaseTargetTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Test
    void runsOnTheConfiguredPostgresql15() throws SQLException {
        String serverUrl = System.getenv("SPRING_DATASOURCE_URL");
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            String version = connection.getMetaData().getDatabaseProductVersion();
            System.out.printf("Database-facing tests are running on %s (%s), PostgreSQL %s%n",
                    serverUrl == null ? "the embedded PostgreSQL" : "a PostgreSQL server", url, version);

            assertThat(version).startsWith("15.");
            if (serverUrl == null) {
                assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).hasSize(1);
            } else {
                assertThat(url).startsWith(serverUrl);
                assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            }
        }
    }
}
