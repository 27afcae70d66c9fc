package org.crimeledger.national;

import java.util.ArrayList;
import java.util.List;

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

    private QualityJob() {
    }

    static List<QualityFinding> run(SparkSession spark) {
        List<QualityFinding> findings = new ArrayList<>();
        for (QualityQuery query : QualityQuery.values()) {
            for (Row row : spark.sql(query.sql(), query.parameters()).collectAsList()) {
                findings.add(query.finding(row::getAs));
            }
        }
        findings.sort(QualityFinding.ORDER);
        return findings;
    }
}
