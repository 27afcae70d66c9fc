package org.crimeledger.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded default: a PostgreSQL 15 server started inside the application, its data kept in a
 * folder so that it survives restarts. Nothing to install, and the same SQL dialect as production.
 */
@Configuration(proxyBeanMethods = false)
@OnEmbeddedDatabase
class EmbeddedDatabaseConfiguration {

    /** Same as {@code spring.datasource.hikari.connection-init-sql} for a server: see application.properties. */
    static final String UTC_SESSION = "set time zone 'UTC'";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
        var directory = properties.dataDirectory().toAbsolutePath().normalize();
        if (properties.reset() && Files.exists(directory)) {
            log.info("Resetting the embedded database: deleting {}", directory);
            FileSystemUtils.deleteRecursively(directory);
        }
        Files.createDirectories(directory);
        log.info("Starting the embedded PostgreSQL with its data in {}", directory);
        // The library's defaults suit throwaway test databases (fsync off); a kept database must not
        // lose or corrupt committed data if the machine stops, so those defaults are overridden.
        String durable = properties.durable() ? "on" : "off";
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, DatabaseProperties properties) {
        createDatabaseIfMissing(postgres, properties.databaseName());
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.databaseName()) + "&reWriteBatchedInserts=true");
        dataSource.setUsername("postgres");
        dataSource.setPoolName("crimeledger-embedded");
        dataSource.setMaximumPoolSize(20);
        dataSource.setConnectionInitSql(UTC_SESSION);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("crimeledger.database.database-name must be a plain lower-case name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database " + name, e);
        }
    }
}
