import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The national benchmark's DuckDB side (bench/national.sh): the same shared SQL files the application and Spark
 * run (application/src/main/resources/sql), on DuckDB with two threads, over the same inputs. Prints the rows each
 * query returns and the time taken. Usage (single-file program):
 *   java -cp duckdb_jdbc.jar bench/NationalDuckDb.java quality REFERENCE_DIR CSV_FILE_OR_DIR...
 *   java -cp duckdb_jdbc.jar bench/NationalDuckDb.java integrity FIRST_MONTH LAST_MONTH EXPORT_DIR...
 *   java -cp duckdb_jdbc.jar bench/NationalDuckDb.java replicate EXPORT_DIR FORCES COPIES OUTPUT_DIR
 *   java -cp duckdb_jdbc.jar bench/NationalDuckDb.java postgres EXPORT_DIR SCHEMA OUTPUT_DIR
 * replicate writes a national year made from one force's exported facts (see replicate below); postgres writes an
 * export's facts tables as CSV files and the PostgreSQL tables to COPY them into (see postgres below).
 */
public class NationalDuckDb {

    static final Path SQL = Path.of("application/src/main/resources/sql");

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            sql.execute("set threads = 2");
            sql.execute("create macro sorted_list(items) as array_to_string(list_sort(items), ', ')");
            sql.execute("create macro sorted_numbers(items) as array_to_string(list_sort(items), ', ')");
            if (args[0].equals("quality")) {
                quality(sql, Path.of(args[1]), List.of(args).subList(2, args.length));
            } else if (args[0].equals("postgres")) {
                postgres(sql, Path.of(args[1]), args[2], Path.of(args[3]));
            } else if (args[0].equals("replicate")) {
                replicate(sql, Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            } else {
                integrity(sql, args[1], args[2], List.of(args).subList(3, args.length));
            }
        }
        System.out.printf("duckdb %s: %.1f s in all%n", args[0], (System.nanoTime() - started) / 1e9);
    }

    static void quality(Statement sql, Path reference, List<String> inputs) throws Exception {
        long started = System.nanoTime();
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            try (Stream<Path> walk = Files.walk(Path.of(input))) {
                walk.map(Path::toString).filter(name -> name.matches(".*-street\\.csv(\\.gz)?")).sorted().forEach(files::add);
            }
        }
        String list = files.stream().map(file -> "'" + file + "'").collect(Collectors.joining(", ", "[", "]"));
        sql.execute("create table crime_types as select * from read_parquet('" + reference + "/police_uk_crime_type/*.parquet')");
        sql.execute("create table force_neighbours as select * from read_parquet('" + reference + "/force_neighbours/*.parquet')");
        sql.execute("""
                create table police_uk_street_crime as
                select cast(0 as bigint) as line, nullif("Crime ID", '') as crime_id, cast("Month" || '-01' as date) as month,
                       "Reported by" as reported_by, "Falls within" as falls_within, "Longitude" as longitude,
                       "Latitude" as latitude, "Location" as location, nullif("LSOA code", '') as lsoa_code,
                       nullif("LSOA name", '') as lsoa_name, "Crime type" as crime_type, t.slug as category_slug,
                       nullif("Last outcome category", '') as last_outcome, cast(null as varchar) as outcome_code,
                       nullif("Context", '') as context
                from read_csv(%s, header = true, quote = '"', columns = {'Crime ID': 'VARCHAR', 'Month': 'VARCHAR',
                     'Reported by': 'VARCHAR', 'Falls within': 'VARCHAR', 'Longitude': 'DOUBLE', 'Latitude': 'DOUBLE',
                     'Location': 'VARCHAR', 'LSOA code': 'VARCHAR', 'LSOA name': 'VARCHAR', 'Crime type': 'VARCHAR',
                     'Last outcome category': 'VARCHAR', 'Context': 'VARCHAR'}) s
                left join crime_types t on t.label = s."Crime type"
                """.formatted(list));
        sql.execute("create table police_uk_outcome (line bigint, crime_id varchar, month date, reported_by varchar, "
                + "outcome_type varchar)");
        System.out.printf("duckdb: %d files loaded in %.1f s%n", files.size(), (System.nanoTime() - started) / 1e9);
        String history = Files.readString(SQL.resolve("quality/volume-history.sql"));
        Map<String, Boolean> checks = Map.of("volume-against-own-months", true, "volume-against-neighbours", true,
                "missing-categories", true, "duplicate-crime-ids", false, "exact-duplicate-rows", false,
                "rows-without-location", false, "outcomes-before-their-crime", false, "outcomes-whose-crime-is-unknown", false);
        for (Map.Entry<String, Boolean> check : checks.entrySet()) {
            String text = (check.getValue() ? history : "") + Files.readString(SQL.resolve("quality/" + check.getKey() + ".sql"));
            run(sql, check.getKey(), text.replace(":least", "20").replace(":all", "'all-crime'"));
        }
    }

    static void integrity(Statement sql, String first, String last, List<String> exports) throws Exception {
        List<String> missing = new ArrayList<>();
        for (String facts : FACTS) {
            List<String> present = exports.stream().filter(export -> hasParquet(Path.of(export, facts))).toList();
            if (present.isEmpty()) {
                missing.add(facts); // exported with no rows (the generator writes no outcomes, for one)
                continue;
            }
            String globs = present.stream().map(export -> "'" + export + "/" + facts + "/**/*.parquet'")
                    .collect(Collectors.joining(", ", "[", "]"));
            sql.execute("create view " + facts + " as select * from read_parquet(" + globs + ", hive_partitioning = true)");
        }
        try (Stream<Path> files = Files.list(SQL.resolve("integrity"))) {
            for (Path file : files.filter(path -> !path.getFileName().toString().endsWith("-facts.sql"))
                    .filter(path -> !path.getFileName().toString().startsWith("imported-")).sorted().toList()) {
                String text = Files.readString(file);
                java.util.Optional<String> absent = missing.stream().filter(text::contains).findFirst();
                if (absent.isPresent()) {
                    System.out.printf("duckdb %-32s no rows in %s%n", file.getFileName(), absent.get());
                    continue;
                }
                run(sql, file.getFileName().toString(), text.replace(":first", "date '" + first + "'")
                        .replace(":last", "date '" + last + "'"));
            }
        }
        run(sql, "recorded-crime-table.sql", Files.readString(SQL.resolve("publication/recorded-crime-table.sql"))
                .replace(":first", "1900").replace(":last", "2999"));
    }

    /**
     * A national year from one generated force's export: FORCES forces (F01, F02, ...) of unequal size and practice.
     * Sizes: FORCES x COPIES copies of the force's facts in all, dealt out by a Zipf law (force f's share proportional
     * to 1 / f^0.9, at least one copy): with 43 forces F01 holds about a fifth of the year and F43 about two-thirds of
     * one per cent, the spread of the real forces from the Metropolitan Police down. Each copy has its own teams (team
     * code + "/" + copy) and leaves out a deterministic share of its rows, between 0 and 10%. Practice: each force
     * sets each yes/no fact (late, last hour, no crime, downgraded, cancelled, recorded later, kept as N100, ...) to
     * yes on its own extra share of rows, between 0 and 3% (a hash of force and column), the same for all its teams,
     * so forces differ in their levels and a cross-force comparison has something to find. Written as Parquet
     * partitioned by force and month, as an export is.
     */
    static void replicate(Statement sql, Path export, int forces, int copies, Path output) throws Exception {
        Files.createDirectories(output);
        sql.execute("""
                create table sizes as
                with weights as (select f, 1 / pow(f, 0.9) as w from range(1, %d) fs(f))
                select f, cast(greatest(1, round(%d * w / sum(w) over ())) as integer) as n from weights""".formatted(
                forces + 1, forces * copies));
        sql.execute("create table copies as select f, c, (f * 7 + c * 3) % 11 as dropped "
                + "from (select f, unnest(range(1, n + 1)) as c from sizes)");
        try (ResultSet sizes = sql.executeQuery("select string_agg(n, ' ' order by f), sum(n) from sizes")) {
            sizes.next();
            System.out.printf("duckdb replicate copies per force: %s (%d in all)%n", sizes.getString(1), sizes.getLong(2));
        }
        for (String table : FACTS) {
            if (!hasParquet(export.resolve(table))) {
                System.out.printf("duckdb replicate %-22s %,12d rows %6.1f s%n", table, 0, 0.0);
                continue;
            }
            long started = System.nanoTime();
            sql.execute("create or replace table facts as select *, row_number() over () as row_in_force from read_parquet('"
                    + export + "/" + table + "/**/*.parquet', hive_partitioning = true)");
            boolean teams = !table.equals("recorded_crime_facts");
            List<String> other = new ArrayList<>();
            try (ResultSet names = sql.executeQuery("select column_name, column_type from (describe facts) "
                    + "where column_name not in ('force', 'unit', 'row_in_force')")) {
                while (names.next()) {
                    String column = names.getString(1);
                    other.add(teams && names.getString(2).equals("BOOLEAN")
                            ? "case when hash(f, c, row_in_force, '" + column + "') % 1000 < hash(f, '" + column
                                    + "') % 31 then true else " + column + " end as " + column
                            : column);
                }
            }
            sql.execute("copy (select 'F' || lpad(cast(f as varchar), 2, '0') as force, "
                    + (teams ? "unit || '/' || c as unit, " : "") + String.join(", ", other) + " from facts, copies "
                    + "where hash(f, c, row_in_force) % 100 >= dropped) to '" + output.resolve(table)
                    + "' (format parquet, partition_by (force, month), overwrite_or_ignore)");
            try (ResultSet rows = sql.executeQuery("select count(*) from read_parquet('" + output.resolve(table)
                    + "/**/*.parquet')")) {
                rows.next();
                System.out.printf("duckdb replicate %-22s %,12d rows %6.1f s%n", table, rows.getLong(1),
                        (System.nanoTime() - started) / 1e9);
            }
        }
    }

    /**
     * An export's facts tables (or a replicated national year's) for PostgreSQL: OUTPUT_DIR/TABLE.csv for each table
     * with rows, and OUTPUT_DIR/tables.sql creating SCHEMA.TABLE with the same columns (PostgreSQL types), for
     * {@code copy ... from ... csv} and {@code crimeledger integrity --facts SCHEMA}.
     */
    static void postgres(Statement sql, Path export, String schema, Path output) throws Exception {
        Files.createDirectories(output);
        StringBuilder ddl = new StringBuilder("create schema " + schema + ";\n");
        for (String table : FACTS) {
            if (!hasParquet(export.resolve(table))) {
                continue;
            }
            long started = System.nanoTime();
            String source = "read_parquet('" + export + "/" + table + "/**/*.parquet', hive_partitioning = true)";
            List<String> columns = new ArrayList<>();
            try (ResultSet names = sql.executeQuery("select column_name, column_type from (describe select * from "
                    + source + ")")) {
                while (names.next()) {
                    columns.add(names.getString(1) + " " + switch (names.getString(2)) {
                        case "VARCHAR" -> "text";
                        case "DATE" -> "date";
                        case "BOOLEAN" -> "boolean";
                        case "BIGINT" -> "bigint";
                        case "INTEGER" -> "integer";
                        case "SMALLINT" -> "smallint";
                        case "DOUBLE" -> "double precision";
                        case "HUGEINT" -> "numeric";
                        default -> throw new IllegalStateException(table + ": no PostgreSQL type for " + names.getString(2));
                    });
                }
            }
            ddl.append("create table ").append(schema).append('.').append(table).append(" (")
                    .append(String.join(", ", columns)).append(");\n");
            sql.execute("copy (select * from " + source + ") to '" + output.resolve(table + ".csv")
                    + "' (format csv, header false)");
            System.out.printf("duckdb postgres %-22s %6.1f s%n", table, (System.nanoTime() - started) / 1e9);
        }
        Files.writeString(output.resolve("tables.sql"), ddl);
    }

    /** The facts tables an export holds (Indicator.factsTables() and the publication's), each once. */
    static final List<String> FACTS = List.of("decision_facts", "crime_facts", "month_end_facts", "rape_report_facts",
            "outcome_facts", "recorded_crime_facts");

    /** A table exported with no rows is a folder without a Parquet file. */
    static boolean hasParquet(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void run(Statement sql, String name, String text) throws Exception {
        long started = System.nanoTime();
        long rows = 0;
        try (ResultSet result = sql.executeQuery(text)) {
            while (result.next()) {
                rows++;
            }
        }
        System.out.printf("duckdb %-36s %,8d rows %6.2f s%n", name, rows, (System.nanoTime() - started) / 1e9);
    }
}
