package org.crimeledger.national;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crimeledger.exchange.QualityFinding;
import org.crimeledger.exchange.QualityQuery;

/**
 * The data-quality checks over the registered police.uk tables: each {@link QualityQuery}'s shared SQL run by Spark,
 * each result row read by the same code as in the application. Findings are few (a row per force, month and
 * category at most), so they are collected to the driver.
 */
final class QualityJob {

    private static final String HISTORY = "volume_history";

    private QualityJob() {
    }

    static List<QualityFinding> run(SparkSession spark) {
        // the three volume checks start from the same history of volumes: computed once, kept for the three
        Dataset<Row> history = spark.sql(QualityQuery.historySql()).cache();
        history.createOrReplaceTempView(HISTORY);
        List<QualityFinding> findings = new ArrayList<>();
        for (QualityQuery query : QualityQuery.values()) {
            for (Row row : spark.sql(query.sqlOverHistory(HISTORY), query.parameters()).collectAsList()) {
                findings.add(query.finding(row::getAs));
            }
        }
        history.unpersist();
        spark.catalog().dropTempView(HISTORY);
        findings.sort(QualityFinding.ORDER);
        return findings;
    }
}
