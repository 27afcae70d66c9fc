package org.crimeledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The SQL both engines run, PostgreSQL in the application and Spark SQL in the national jobs, read from the one
 * copy on the class path ({@code sql/...}); plain Java so that the national jobs compile it too.
 */
public final class SharedSql {

    private SharedSql() {
    }

    /** The text of {@code sql/<name>.sql}, e.g. {@code quality/volume-history}. */
    public static String load(String name) {
        String path = "sql/" + name + ".sql";
        try (InputStream in = SharedSql.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No shared SQL " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A column of a result row read the same way whichever engine produced it. */
    @FunctionalInterface
    public interface Columns {

        Object get(String column);

        default String text(String column) {
            Object value = get(column);
            return value == null ? null : value.toString();
        }

        default long whole(String column) {
            return ((Number) get(column)).longValue();
        }

        default double decimal(String column) {
            return ((Number) get(column)).doubleValue();
        }

        default java.time.LocalDate date(String column) {
            Object value = get(column);
            return value instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) value;
        }
    }
}
