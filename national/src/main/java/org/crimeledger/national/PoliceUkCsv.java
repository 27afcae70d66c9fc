package org.crimeledger.national;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * data.police.uk street-level and outcomes files as published (CSV, plain or gzipped) read into the tables the
 * shared SQL reads, with the columns, line numbers and row checks of the application's import: rows it would
 * reject are left out here too. Each file is read whole by one task: a file is one force's month, so the work
 * spreads across executors by force and month.
 */
final class PoliceUkCsv {

    static final StructType STREET = new StructType()
            .add("line", DataTypes.LongType, false).add("crime_id", DataTypes.StringType)
            .add("month", DataTypes.DateType, false).add("reported_by", DataTypes.StringType, false)
            .add("falls_within", DataTypes.StringType).add("longitude", DataTypes.DoubleType)
            .add("latitude", DataTypes.DoubleType).add("location", DataTypes.StringType)
            .add("lsoa_code", DataTypes.StringType).add("lsoa_name", DataTypes.StringType)
            .add("crime_type", DataTypes.StringType).add("category_slug", DataTypes.StringType)
            .add("last_outcome", DataTypes.StringType).add("outcome_code", DataTypes.StringType)
            .add("context", DataTypes.StringType);

    static final StructType OUTCOME = new StructType()
            .add("line", DataTypes.LongType, false).add("crime_id", DataTypes.StringType, false)
            .add("month", DataTypes.DateType, false).add("reported_by", DataTypes.StringType, false)
            .add("falls_within", DataTypes.StringType).add("longitude", DataTypes.DoubleType)
            .add("latitude", DataTypes.DoubleType).add("location", DataTypes.StringType)
            .add("lsoa_code", DataTypes.StringType).add("lsoa_name", DataTypes.StringType)
            .add("outcome_type", DataTypes.StringType).add("outcome_code", DataTypes.StringType);

    /** A decimal as the importer accepts it: digits with at most one point, optionally negative. */
    private static final String DECIMAL = "-?(\\d+\\.?\\d*|\\.\\d+)";

    private static final String STREET_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context";
    private static final String OUTCOME_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Outcome type";

    private PoliceUkCsv() {
    }

    /** Registers {@code police_uk_street_crime} and {@code police_uk_outcome} from the files and folders given. */
    static void register(SparkSession spark, List<Path> paths, Reference reference) {
        List<String> street = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (Path file : files(paths)) {
            String header = header(file);
            if (STREET_HEADER.equals(header)) {
                street.add(file.toString());
            } else if (OUTCOME_HEADER.equals(header)) {
                outcomes.add(file.toString());
            }
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, String> crimeTypes = reference.crimeTypes();
        Map<String, String> outcomeLabels = reference.outcomeLabels();
        view(spark, context, street, STREET, new Parse(true, crimeTypes, outcomeLabels), "police_uk_street_crime");
        view(spark, context, outcomes, OUTCOME, new Parse(false, crimeTypes, outcomeLabels), "police_uk_outcome");
    }

    private static void view(SparkSession spark, JavaSparkContext context, List<String> files, StructType schema,
            Parse parse, String name) {
        JavaRDD<Row> rows = files.isEmpty() ? context.emptyRDD()
                : context.parallelize(files, files.size()).flatMap(parse::rows);
        // read and checked once, then kept (memory, spilling to disk) for the several checks that read the table
        Dataset<Row> table = spark.createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
        table.createOrReplaceTempView(name);
    }

    static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".csv")
                            || file.toString().endsWith(".csv.gz")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static String header(Path file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file.toString()), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            return line == null ? "" : line.replace("\uFEFF", "").strip();
        } catch (IOException e) {
            return "";
        }
    }

    static InputStream open(String file) throws IOException {
        InputStream in = Files.newInputStream(Path.of(file));
        return file.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** One file's rows, as the application's import reads and checks them. */
    record Parse(boolean street, Map<String, String> crimeTypes, Map<String, String> outcomes) implements Serializable {

        Iterator<Row> rows(String file) throws IOException {
            List<Row> rows = new ArrayList<>();
            int columns = street ? 12 : 10;
            try (CSVParser parser = CSVParser.builder()
                    .setReader(new InputStreamReader(open(file), StandardCharsets.UTF_8)).setFormat(CSVFormat.DEFAULT).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                if (records.hasNext()) {
                    records.next();
                }
                long line = parser.getCurrentLineNumber() + 1;
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    Row row = record.size() == columns ? row(record, line) : null;
                    if (row != null) {
                        rows.add(row);
                    }
                    line = parser.getCurrentLineNumber() + 1;
                }
            }
            return rows.iterator();
        }

        private Row row(CSVRecord r, long line) {
            for (String value : r) {
                if (value.indexOf('\uFFFD') >= 0 || value.indexOf('\0') >= 0) {
                    return null;
                }
            }
            String crimeId = r.get(0);
            boolean idOk = street && crimeId.isEmpty() || crimeId(crimeId);
            LocalDate month = month(r.get(1));
            Double[] point = coordinates(r.get(4), r.get(5));
            if (!idOk || month == null || point == null || r.get(2).isEmpty()) {
                return null;
            }
            if (street) {
                String lastOutcome = r.get(10);
                return RowFactory.create(line, empty(crimeId), month, r.get(2), empty(r.get(3)), point[0], point[1],
                        empty(r.get(6)), empty(r.get(7)), empty(r.get(8)), empty(r.get(9)), crimeTypes.get(r.get(9)),
                        empty(lastOutcome), lastOutcome.isEmpty() ? null : outcomes.get(lastOutcome), empty(r.get(11)));
            }
            if (r.get(9).isEmpty()) {
                return null;
            }
            return RowFactory.create(line, crimeId, month, r.get(2), empty(r.get(3)), point[0], point[1], empty(r.get(6)),
                    empty(r.get(7)), empty(r.get(8)), r.get(9), outcomes.get(r.get(9)));
        }

        private static String empty(String value) {
            return value.isEmpty() ? null : value;
        }

        private static boolean crimeId(String value) {
            return value.length() == 64 && value.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
        }

        private static LocalDate month(String value) {
            if (!value.matches("\\d{4}-\\d{2}")) {
                return null;
            }
            int month = Integer.parseInt(value.substring(5));
            int year = Integer.parseInt(value.substring(0, 4));
            return month >= 1 && month <= 12 && year >= 1900 && year <= 2999 ? LocalDate.of(year, month, 1) : null;
        }

        /**
         * Both empty gives no location; otherwise both must be decimals within the importer's bounds (Great Britain
         * and its waters: longitude -8.9 to 2.2, latitude 49.0 to 61.5).
         */
        private static Double[] coordinates(String longitude, String latitude) {
            if (longitude.isEmpty() && latitude.isEmpty()) {
                return new Double[2];
            }
            if (!longitude.matches(DECIMAL) || !latitude.matches(DECIMAL)) {
                return null;
            }
            double x = Double.parseDouble(longitude);
            double y = Double.parseDouble(latitude);
            return x >= -8.9 && x <= 2.2 && y >= 49.0 && y <= 61.5 ? new Double[] { x, y } : null;
        }
    }
}
