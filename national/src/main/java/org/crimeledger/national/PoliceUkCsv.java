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
import java.util.Arrays;
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
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.crimeledger.exchange.PoliceUkFileKind;
import org.crimeledger.exchange.internal.CategoryLabels;
import org.crimeledger.exchange.internal.CopyText;
import org.crimeledger.exchange.internal.Findings;
import org.crimeledger.exchange.internal.RowConverter;

/**
 * data.police.uk street-level and outcomes files as published (CSV, plain or gzipped) read into the tables the
 * shared SQL reads, with the columns, line numbers and row checks of the application's import (its own code):
 * rows it would reject are left out here too. Each file is read whole by one task: a file is one force's month, so the work
 * spreads across executors by force and month; a task reads several files, about four tasks per core.
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

    private static final int TASKS_PER_CORE = 4;

    private PoliceUkCsv() {
    }

    /** Registers {@code police_uk_street_crime} and {@code police_uk_outcome} from the files and folders given. */
    static void register(SparkSession spark, List<Path> paths, Reference reference) {
        List<String> street = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (Path file : files(paths)) {
            PoliceUkFileKind kind = kind(file);
            if (kind == PoliceUkFileKind.STREET) {
                street.add(file.toString());
            } else if (kind == PoliceUkFileKind.OUTCOMES) {
                outcomes.add(file.toString());
            }
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, String> crimeTypes = reference.crimeTypes();
        Map<String, String> outcomeLabels = reference.outcomeLabels();
        view(spark, context, street, STREET, new Parse(PoliceUkFileKind.STREET, crimeTypes, outcomeLabels), "police_uk_street_crime");
        view(spark, context, outcomes, OUTCOME, new Parse(PoliceUkFileKind.OUTCOMES, crimeTypes, outcomeLabels), "police_uk_outcome");
    }

    private static void view(SparkSession spark, JavaSparkContext context, List<String> files, StructType schema,
            Parse parse, String name) {
        // a task reads whole files; a few tasks per core (files taken in turn, so each task gets a mix of large and
        // small forces) rather than one per file: the table is kept in as many partitions, and each check runs a
        // task per partition
        int tasks = Math.min(files.size(), TASKS_PER_CORE * context.defaultParallelism());
        JavaRDD<Row> rows = files.isEmpty() ? context.emptyRDD()
                : context.parallelize(dealt(files, tasks), tasks).flatMap(parse::rows);
        // read and checked once, then kept (memory, spilling to disk) for the several checks that read the table
        Dataset<Row> table = spark.createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
        table.createOrReplaceTempView(name);
    }

    /** The files reordered so that slicing the list into {@code tasks} runs deals them out in turn. */
    static List<String> dealt(List<String> files, int tasks) {
        List<String> dealt = new ArrayList<>(files.size());
        for (int task = 0; task < tasks; task++) {
            for (int i = task; i < files.size(); i += tasks) {
                dealt.add(files.get(i));
            }
        }
        return dealt;
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

    /** The kind the file's header line names (as the import reads it), or null. */
    private static PoliceUkFileKind kind(Path file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file.toString()), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line == null) {
                return null;
            }
            List<String> header = Arrays.stream(line.replace("\uFEFF", "").split(",", -1)).map(String::strip).toList();
            return PoliceUkFileKind.withHeader(header).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    static InputStream open(String file) throws IOException {
        InputStream in = Files.newInputStream(Path.of(file));
        return file.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /**
     * One file's rows, read and checked by the application's own import code ({@code RowConverter} and the rules
     * behind it, compiled into this module from the application's source): a row the import would reject is left
     * out, and a row it loads becomes the same values here, taken from the COPY line the import would send.
     */
    record Parse(PoliceUkFileKind kind, Map<String, String> crimeTypes, Map<String, String> outcomes)
            implements Serializable {

        Iterator<Row> rows(String file) throws IOException {
            List<Row> rows = new ArrayList<>();
            RowConverter converter = RowConverter.of(kind, new CategoryLabels(crimeTypes, outcomes));
            Findings findings = new Findings(file, 0); // counted, not kept: the import reports them, not this job
            int columns = kind.header().size();
            StructType schema = kind == PoliceUkFileKind.STREET ? STREET : OUTCOME;
            try (CSVParser parser = CSVParser.builder()
                    .setReader(new InputStreamReader(open(file), StandardCharsets.UTF_8)).setFormat(CSVFormat.DEFAULT).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                if (records.hasNext()) {
                    records.next();
                }
                long line = parser.getCurrentLineNumber() + 1;
                while (records.hasNext()) {
                    CopyText copy = converter.convert(records.next().values(), line, columns, findings);
                    if (copy != null) {
                        rows.add(row(copy.toString(), schema));
                    }
                    line = parser.getCurrentLineNumber() + 1;
                }
            }
            return rows.iterator();
        }

        /** A COPY text line (tab-separated, {@code \\N} for null, backslash escapes) as a row of the schema. */
        static Row row(CharSequence copy, StructType schema) {
            Object[] values = new Object[schema.size()];
            StringBuilder value = new StringBuilder();
            int column = 0;
            int end = copy.length() - 1; // the line ends in a newline
            for (int i = 0; i <= end; i++) {
                char c = i < end ? copy.charAt(i) : '\t';
                if (c == '\t') {
                    values[column] = value(value, schema.fields()[column].dataType());
                    column++;
                    value.setLength(0);
                } else if (c == '\\') {
                    char next = copy.charAt(++i);
                    value.append(switch (next) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 'N' -> '\0'; // alone, null (a value holding NUL is rejected before it gets here)
                        default -> next;
                    });
                } else {
                    value.append(c);
                }
            }
            return RowFactory.create(values);
        }

        private static Object value(StringBuilder value, DataType type) {
            if (value.length() == 1 && value.charAt(0) == '\0') {
                return null;
            }
            String text = value.toString();
            if (type == DataTypes.LongType) {
                return Long.parseLong(text);
            }
            if (type == DataTypes.DoubleType) {
                return Double.parseDouble(text);
            }
            return type == DataTypes.DateType ? LocalDate.parse(text) : text;
        }
    }
}
