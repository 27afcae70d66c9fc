package org.crimeledger.exchange;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.crimeledger.CrimeledgerApplication;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The import benchmark (bench/import-police-uk.sh): imports every gzipped street file under a folder with every
 * check on, and in the same run times (a) PostgreSQL's COPY of the same rows, decompressed beforehand, into a bare
 * table on the same server, before and after the imports (the ratio uses the mean), and (b) DuckDB reading the same gzipped files into a table. Prints rows a second for each
 * and the import's peak heap. Not a test: run on demand.
 */
public final class ImportBench {

    private static final String STREET_COLUMNS = "crime_id text, month text, reported_by text, falls_within text, "
            + "longitude double precision, latitude double precision, location text, lsoa_code text, lsoa_name text, "
            + "crime_type text, last_outcome text, context text";

    /** The server's CPU time, printed with each timed step (null where /proc cannot be read). */
    private static ServerCpu server;

    private ImportBench() {
    }

    private static double serverSeconds() throws java.io.IOException {
        return server == null ? Double.NaN : server.seconds();
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/data/real/police-uk/all-forces");
        Path work = Files.createTempDirectory("crimeledger-import-bench");
        List<Path> files = PoliceUkImport.filesIn(List.of(folder)).stream()
                .filter(file -> file.toString().endsWith(".csv.gz")).toList();
        System.out.printf("%d gzipped files under %s, %.1f MB%n", files.size(), folder,
                files.stream().mapToLong(ImportBench::size).sum() / 1e6);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CrimeledgerApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run("--crimeledger.demo.enabled=false",
                        "--crimeledger.demo.synthetic-incidents=0", "--logging.level.root=warn",
                        "--crimeledger.database.reset=true",
                        "--crimeledger.database.data-directory=" + work.resolve("postgres"))) {
            DataSource dataSource = context.getBean(DataSource.class);
            server = ServerCpu.of(work.resolve("postgres"));
            if ("off".equals(System.getProperty("bench.autovacuum"))) {
                // diagnosis only (-Dbench.autovacuum=off): how much of the server's time is analysing the new tables
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("alter system set autovacuum = off");
                    statement.execute("select pg_reload_conf()");
                }
                System.out.println("autovacuum off (diagnosis run: new tables are not analysed)");
            }
            Path plain = work.resolve("plain.csv");
            decompress(files, plain);
            double copyBefore = copyBaseline(dataSource, plain);
            double one = importAll(context.getBean(PoliceUkImport.class), files, 1);
            forgetImports(dataSource);
            int parallel = Integer.getInteger("bench.parallel", PoliceUkImport.DEFAULT_PARALLEL);
            double ours = importAll(context.getBean(PoliceUkImport.class), files, parallel);
            // timed again after the imports: on a shared machine the load changes, so the ratio uses the mean rate
            double copy = (copyBefore + copyBaseline(dataSource, plain)) / 2;
            Files.deleteIfExists(plain);
            double duck = duckDb(folder);
            System.out.printf("COPY, mean of the two runs: %,.0f rows/s%n", copy);
            System.out.printf("import one file at a time / COPY = %.2f; import %d files at a time / COPY = %.2f; "
                    + "/ DuckDB = %.2f%n", one / copy, parallel, ours / copy, ours / duck);
        } finally {
            try {
                org.springframework.util.FileSystemUtils.deleteRecursively(work);
            } catch (java.io.IOException e) {
                System.out.println("Could not delete " + work + ": " + e.getMessage());
            }
        }
    }

    private static void forgetImports(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> partitions = new java.util.ArrayList<>();
            try (ResultSet tables = statement.executeQuery("select relname from pg_class where relname ~ "
                    + "'^police_uk_(street_crime|outcome|stop_and_search)_[0-9]+$' and relkind = 'r'")) {
                while (tables.next()) {
                    partitions.add(tables.getString(1));
                }
            }
            for (String partition : partitions) {
                statement.execute("drop table " + partition);
            }
            statement.execute("delete from police_uk_import_finding");
            statement.execute("delete from police_uk_import where same_as is not null");
            statement.execute("delete from police_uk_import");
        }
    }

    private static double importAll(PoliceUkImport importer, List<Path> files, int parallel) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        double serverBefore = serverSeconds();
        long started = System.nanoTime();
        List<FileImport> results = importer.importFiles(files, "benchmark", ImportProgress.NONE, parallel);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        double serverCpu = serverSeconds() - serverBefore;
        long rows = results.stream().mapToLong(FileImport::rowsLoaded).sum();
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long findings = results.stream().mapToLong(FileImport::findingCount).sum();
        System.out.printf("crimeledger import, %d file(s) at a time (every check, %d files, %,d findings): %,d rows in "
                + "%.1f s: %,.0f rows/s; peak heap %.0f MB (sum of pool peaks; -Xmx %d MB); %.1f CPU-seconds in the "
                + "importing JVM, %.1f in the server%n", parallel, results.size(), findings, rows, seconds,
                rows / seconds, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576, cpu, serverCpu);
        return rows / seconds;
    }

    private static void decompress(List<Path> files, Path plain) throws Exception {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(plain), 1 << 16)) {
            for (Path file : files) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                    in.readLine();
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        out.write(line);
                        out.write('\n');
                    }
                }
            }
        }
    }

    private static double copyBaseline(DataSource dataSource, Path plain) throws Exception {
        long rows;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table bench_copy_street (" + STREET_COLUMNS + ")");
            double serverBefore = serverSeconds();
            long started = System.nanoTime();
            try (InputStream in = Files.newInputStream(plain)) {
                rows = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_copy_street from stdin (format csv)", in, 1 << 16);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double serverCpu = serverSeconds() - serverBefore;
            statement.execute("drop table bench_copy_street");
            System.out.printf("(a) PostgreSQL COPY of the decompressed rows into a bare table: %,d rows in %.1f s: "
                    + "%,.0f rows/s; %.1f CPU-seconds in the server%n", rows, seconds, rows / seconds, serverCpu);
            return rows / seconds;
        }
    }

    private static double duckDb(Path folder) throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duck.createStatement()) {
            long started = System.nanoTime();
            statement.execute("create table street as select * from read_csv('" + folder.toAbsolutePath()
                    + "/*/*.csv.gz', header = true, quote = '\"', columns = {'crime_id': 'VARCHAR', 'month': 'VARCHAR', "
                    + "'reported_by': 'VARCHAR', 'falls_within': 'VARCHAR', 'longitude': 'DOUBLE', 'latitude': 'DOUBLE', "
                    + "'location': 'VARCHAR', 'lsoa_code': 'VARCHAR', 'lsoa_name': 'VARCHAR', 'crime_type': 'VARCHAR', "
                    + "'last_outcome': 'VARCHAR', 'context': 'VARCHAR'})");
            double seconds = (System.nanoTime() - started) / 1e9;
            try (ResultSet count = statement.executeQuery("select count(*) from street")) {
                count.next();
                long rows = count.getLong(1);
                System.out.printf("(b) DuckDB reading the gzipped files into a table: %,d rows in %.1f s: %,.0f rows/s%n",
                        rows, seconds, rows / seconds);
                return rows / seconds;
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
