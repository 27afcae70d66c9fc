import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * The integrity benchmark's comparison (bench/integrity.sh): three indicators (late decisions, downgrades, month-end
 * slippage) as the application counts them on PostgreSQL (its facts SQL as a {@code with}, then the shared counting
 * SQL), then the same facts exported to CSV and the same counting SQL files on DuckDB (two threads). Checks both give
 * the same counts and prints the times and their ratio. Usage (single-file program):
 *   java -cp postgresql.jar:duckdb_jdbc.jar bench/IntegrityDuckDb.java JDBC_URL USER LAST_MONTH WORK_DIR
 */
public class IntegrityDuckDb {

    private static final Path SQL = Path.of("application/src/main/resources/sql/integrity");
    private static final Map<String, String> INDICATORS = new LinkedHashMap<>(Map.of(
            "late-decisions", "decision_facts", "downgrades", "crime_facts", "period-end-slippage", "month_end_facts"));
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):(force|zone|from|to|first|last)\\b");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        YearMonth last = YearMonth.parse(args[2]);
        Path work = Path.of(args[3]);
        YearMonth first = last.minusMonths(23);
        ZoneId zone = ZoneId.of("Europe/London");
        Map<String, String> values = Map.of("force", "'DS'", "zone", "'Europe/London'",
                "from", "cast('" + first.atDay(1).atStartOfDay(zone).toOffsetDateTime() + "' as timestamptz)",
                "to", "cast('" + last.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime() + "' as timestamptz)",
                "first", "date '" + first.atDay(1) + "'", "last", "date '" + last.atDay(1) + "'");

        Map<String, List<String>> postgres = new LinkedHashMap<>();
        double postgresSeconds;
        double exportSeconds;
        try (Connection pg = DriverManager.getConnection(url, user, "")) {
            long start = System.nanoTime();
            for (var indicator : INDICATORS.entrySet()) {
                String facts = indicator.getValue();
                postgres.put(indicator.getKey(), rows(pg, "with " + facts + " as (" + sql(facts.replace("_facts", "-facts")
                        .replace('_', '-'), values) + ")\n" + sql(indicator.getKey(), values)));
            }
            postgresSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            for (String facts : INDICATORS.values().stream().distinct().toList()) {
                try (Writer out = Files.newBufferedWriter(work.resolve(facts + ".csv"))) {
                    pg.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + sql(facts.replace("_facts", "-facts")
                            .replace('_', '-'), values) + ") to stdout with (format csv, header)", out);
                }
            }
            exportSeconds = (System.nanoTime() - start) / 1e9;
        }

        Map<String, List<String>> duck = new LinkedHashMap<>();
        double loadSeconds;
        double querySeconds;
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = db.createStatement()) {
            statement.execute("set threads = 2");
            long start = System.nanoTime();
            for (String facts : INDICATORS.values().stream().distinct().toList()) {
                statement.execute("create table " + facts + " as select * from read_csv('" + work.resolve(facts + ".csv")
                        + "', header = true, auto_detect = true)");
                List<String> text = new ArrayList<>();
                try (ResultSet columns = statement.executeQuery("select column_name from information_schema.columns where "
                        + "table_name = '" + facts + "' and data_type = 'VARCHAR' and column_name not in ('force', 'unit')")) {
                    while (columns.next()) {
                        text.add(columns.getString(1));
                    }
                }
                for (String column : text) { // PostgreSQL writes booleans as t and f
                    statement.execute("alter table " + facts + " alter " + column + " type boolean using " + column + " = 't'");
                }
            }
            loadSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            for (String indicator : INDICATORS.keySet()) {
                duck.put(indicator, rows(db, sql(indicator, values)));
            }
            querySeconds = (System.nanoTime() - start) / 1e9;
        }
        for (String indicator : INDICATORS.keySet()) {
            long events = postgres.get(indicator).stream().mapToLong(row -> Long.parseLong(row.split("\\|")[3])).sum();
            long trials = postgres.get(indicator).stream().mapToLong(row -> Long.parseLong(row.split("\\|")[4])).sum();
            System.out.printf(Locale.UK, "%-22s %,d unit-months, %,d of %,d; DuckDB %s%n", indicator,
                    postgres.get(indicator).size(), events, trials,
                    postgres.get(indicator).equals(duck.get(indicator)) ? "the same" : "DIFFERENT: " + duck.get(indicator).size());
        }
        double duckSeconds = loadSeconds + querySeconds;
        System.out.printf(Locale.UK, "application's SQL on PostgreSQL, three indicators: %.2f s%n", postgresSeconds);
        System.out.printf(Locale.UK, "export of their facts to CSV: %.2f s%n", exportSeconds);
        System.out.printf(Locale.UK, "DuckDB (2 threads): load %.2f s + counts %.2f s = %.2f s%n", loadSeconds, querySeconds,
                duckSeconds);
        System.out.printf(Locale.UK, "PostgreSQL / DuckDB = %.2f (counts alone: %.2f)%n", postgresSeconds / duckSeconds,
                postgresSeconds / querySeconds);
        if (!postgres.equals(duck)) {
            System.exit(1);
        }
    }

    private static String sql(String name, Map<String, String> values) throws Exception {
        String text = Files.readString(SQL.resolve(name + ".sql")).replaceAll("(?m)^--.*$", "");
        Matcher matcher = PARAMETER.matcher(text);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(values.get(match.group(1))));
    }

    private static List<String> rows(Connection connection, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString("force") + "|" + result.getString("unit") + "|" + result.getObject("month")
                        .toString().substring(0, 10) + "|" + result.getLong("events") + "|" + result.getLong("trials"));
            }
        }
        rows.sort(null);
        return rows;
    }
}
