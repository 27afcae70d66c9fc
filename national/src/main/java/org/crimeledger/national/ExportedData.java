package org.crimeledger.national;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Forces' exports ({@code national export}): each a folder of Parquet tables partitioned by force and month, read
 * together as one national table per name and registered as the views the shared SQL reads.
 */
final class ExportedData {

    static final List<String> TABLES = java.util.stream.Stream.of(List.of("police_uk_street_crime", "police_uk_outcome"),
            org.crimeledger.integrity.Indicator.factsTables(), List.of("recorded_crime_facts",
                    org.crimeledger.integrity.ComparisonGroups.TEAM_GROUPS)).flatMap(List::stream).toList();

    private ExportedData() {
    }

    static void register(SparkSession spark, List<Path> exports) {
        for (String table : TABLES) {
            Dataset<Row> all = null;
            for (Path export : exports) {
                Path folder = export.resolve(table);
                if (hasParquet(folder)) {
                    Dataset<Row> one = spark.read().option("basePath", folder.toString()).parquet(folder.toString());
                    all = all == null ? one : all.unionByName(one, true);
                }
            }
            if (all != null) {
                all.createOrReplaceTempView(table);
            } else if (table.equals("police_uk_outcome") && spark.catalog().tableExists("police_uk_street_crime")) {
                // street-level files imported without outcome files: no outcome rows, but the checks read the table
                spark.createDataFrame(List.<Row>of(), PoliceUkCsv.OUTCOME).createOrReplaceTempView(table);
            }
        }
    }

    /** A table exported with no rows is a folder with no Parquet file, which Spark cannot read a schema from. */
    private static boolean hasParquet(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
