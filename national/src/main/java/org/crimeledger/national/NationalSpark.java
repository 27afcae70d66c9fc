package org.crimeledger.national;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark session the jobs share, with the two functions the shared SQL needs that Spark spells differently from
 * PostgreSQL ({@code sorted_list}, {@code sorted_numbers}; PostgreSQL's are in migration V20).
 */
final class NationalSpark {

    private NationalSpark() {
    }

    /**
     * A session on {@code master} ({@code local[2]} in tests), or on whatever spark-submit gives when null.
     * Dates come back as {@link java.time.LocalDate}, as from PostgreSQL.
     */
    static SparkSession session(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("crimeledger-national")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.ui.enabled", "false");
        if (master != null) {
            builder.master(master)
                    .config("spark.sql.shuffle.partitions", "8")
                    .config("spark.driver.host", "127.0.0.1");
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        register(spark);
        return spark;
    }

    static void register(SparkSession spark) {
        spark.udf().register("sorted_list", (UDF1<Seq<String>, String>) items -> items == null ? null
                : CollectionConverters.asJava(items).stream().filter(java.util.Objects::nonNull).sorted()
                        .collect(Collectors.joining(", ")), DataTypes.StringType);
        spark.udf().register("sorted_numbers", (UDF1<Seq<Long>, String>) items -> items == null ? null
                : sortedNumbers(CollectionConverters.asJava(items)), DataTypes.StringType);
    }

    private static String sortedNumbers(List<Long> items) {
        long[] numbers = items.stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).toArray();
        Arrays.sort(numbers);
        return Arrays.stream(numbers).mapToObj(Long::toString).collect(Collectors.joining(", "));
    }
}
