package org.crimeledger.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database files live between runs
 * @param reset whether to delete that folder before starting, for a clean start
 * @param databaseName the database created inside the embedded server
 * @param durable whether commits wait for the disk (fsync and synchronous commit on); off only for
 *                throwaway test databases, where losing the last commits on a machine crash does not matter
 */
@ConfigurationProperties("crimeledger.database")
public record DatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("false") boolean reset,
        @DefaultValue("crimeledger") String databaseName,
        @DefaultValue("true") boolean durable) {
}
