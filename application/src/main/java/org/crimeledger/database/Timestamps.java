package org.crimeledger.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from {@code timestamptz}: the PostgreSQL driver speaks {@link OffsetDateTime}, the
 * code speaks {@link Instant}; sessions run in UTC.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
