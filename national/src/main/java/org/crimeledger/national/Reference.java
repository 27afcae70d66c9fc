package org.crimeledger.national;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The reference data the checks need, as the application's database holds it and {@code national export} writes it
 * ({@code reference/} beside the data): police.uk crime types and outcome labels to their codes, and the forces that
 * share a boundary. Registered as the views the shared SQL reads ({@code force_neighbours}).
 */
record Reference(Map<String, String> crimeTypes, Map<String, String> outcomeLabels) {

    static final String CRIME_TYPES = "police_uk_crime_type";
    static final String OUTCOME_LABELS = "police_uk_outcome_label";
    static final String NEIGHBOURS = "force_neighbours";

    static Reference load(SparkSession spark, Path folder) {
        spark.read().parquet(folder.resolve(NEIGHBOURS).toString()).createOrReplaceTempView(NEIGHBOURS);
        return new Reference(map(spark, folder.resolve(CRIME_TYPES)), map(spark, folder.resolve(OUTCOME_LABELS)));
    }

    private static Map<String, String> map(SparkSession spark, Path table) {
        Map<String, String> map = new HashMap<>();
        for (Row row : spark.read().parquet(table.toString()).collectAsList()) {
            map.put(row.getString(0), row.getString(1));
        }
        return map;
    }
}
