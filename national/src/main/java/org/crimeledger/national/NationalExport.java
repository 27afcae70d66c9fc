package org.crimeledger.national;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.crimeledger.SharedSql;
import org.crimeledger.integrity.ComparisonGroups;
import org.crimeledger.integrity.Indicator;

/**
 * One force's export from its crimeledger database (PostgreSQL, over JDBC) to Parquet partitioned by force and
 * month: the imported data.police.uk rows, the facts the integrity indicators count (made by the same SQL the
 * application runs), the teams' comparison groups and the reference data the checks need. Many forces' exports make a national run's input.
 */
final class NationalExport {

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):(force|zone|from|to)\\b");

    private NationalExport() {
    }

    static void run(SparkSession spark, String url, Properties connection, String force, ZoneId zone, LocalDate from,
            LocalDate to, Path output) {
        monthByMonth(spark, url, connection, "police_uk_street_crime", "line, crime_id, month, reported_by, falls_within, "
                + "longitude, latitude, location, lsoa_code, lsoa_name, crime_type, category_slug, last_outcome, "
                + "outcome_code, context, reported_by as force", output.resolve("police_uk_street_crime"));
        monthByMonth(spark, url, connection, "police_uk_outcome", "line, crime_id, month, reported_by, falls_within, "
                + "longitude, latitude, location, lsoa_code, lsoa_name, outcome_type, outcome_code, reported_by as force",
                output.resolve("police_uk_outcome"));
        Map<String, String> values = values(force, zone, from, to);
        for (String facts : Indicator.factsTables()) {
            table(spark, url, connection, withValues(Indicator.factsSql(facts), values), output.resolve(facts), true);
        }
        table(spark, url, connection, withValues(SharedSql.load(PublicationJob.FACTS), values),
                output.resolve("recorded_crime_facts"), true);
        table(spark, url, connection, "select " + values.get("force") + " as force, team, comparison_group from ("
                + ComparisonGroups.TEAM_GROUPS_SQL + ") g", output.resolve(ComparisonGroups.TEAM_GROUPS), false);
        Path reference = output.resolve("reference");
        table(spark, url, connection, "select label, slug from police_uk_crime_category",
                reference.resolve(Reference.CRIME_TYPES), false);
        table(spark, url, connection, "select label, outcome_code from police_uk_outcome_label",
                reference.resolve(Reference.OUTCOME_LABELS), false);
        table(spark, url, connection, "select force, neighbour from force_neighbours", reference.resolve(Reference.NEIGHBOURS),
                false);
    }

    /** The facts SQL's parameters as PostgreSQL literals: the force's code and time zone, the period. */
    static Map<String, String> values(String force, ZoneId zone, LocalDate from, LocalDate to) {
        return Map.of("force", literal(force), "zone", literal(zone.getId()),
                "from", "cast(" + literal(from.atStartOfDay(zone).toOffsetDateTime().toString()) + " as timestamptz)",
                "to", "cast(" + literal(to.atStartOfDay(zone).toOffsetDateTime().toString()) + " as timestamptz)");
    }

    /** The facts SQL with its parameters written in as literals (the JDBC source takes a query, not parameters). */
    static String withValues(String sql, Map<String, String> values) {
        Matcher matcher = PARAMETER.matcher(sql.replaceAll("(?m)^--.*$", ""));
        return matcher.replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
    }

    private static void table(SparkSession spark, String url, Properties connection, String sql, Path folder,
            boolean partitioned) {
        write(spark.read().format("jdbc").option("url", url).option("query", sql).option("fetchsize", "10000")
                .option("driver", "org.postgresql.Driver").options(asMap(connection)).load(), folder, partitioned);
    }

    /**
     * An imported police.uk table, read month by month: one query (and one connection) per month, so that the
     * months are read and written by parallel tasks instead of the whole table by one.
     */
    private static void monthByMonth(SparkSession spark, String url, Properties connection, String table,
            String columns, Path folder) {
        List<String> months = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, connection);
                ResultSet rows = db.createStatement().executeQuery("select distinct month from " + table + " order by 1")) {
            while (rows.next()) {
                months.add("month = date '" + rows.getDate(1).toLocalDate() + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the months of " + table + ": " + e.getMessage(), e);
        }
        if (months.isEmpty()) { // read whole: no rows, an empty folder in place of an earlier export's
            table(spark, url, connection, "select " + columns + " from " + table, folder, true);
            return;
        }
        Properties options = new Properties();
        options.putAll(connection);
        options.setProperty("fetchsize", "10000");
        options.setProperty("driver", "org.postgresql.Driver");
        write(spark.read().jdbc(url, "(select " + columns + " from " + table + ") t", months.toArray(String[]::new),
                options), folder, true);
    }

    private static void write(Dataset<Row> rows, Path folder, boolean partitioned) {
        var writer = rows.write().mode(SaveMode.Overwrite);
        (partitioned ? writer.partitionBy("force", "month") : writer).parquet(folder.toString());
    }

    private static Map<String, String> asMap(Properties properties) {
        return properties.stringPropertyNames().stream()
                .collect(java.util.stream.Collectors.toMap(name -> name, properties::getProperty));
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
