package org.crimeledger.national;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crimeledger.SharedSql;

/**
 * Recorded crime in the shape of the Home Office open-data table (force, financial year, offence code, name, group,
 * count) for every force in the exports: the application's shared SQL ({@code publication/recorded-crime-table})
 * over the exported facts.
 */
final class PublicationJob {

    static final String FACTS = "publication/recorded-crime-facts";
    static final String TABLE = "publication/recorded-crime-table";
    static final String OUTPUT = "recorded-crime.csv";
    static final String[] HEADER = { "force", "financial_year_from", "offence_code", "offence_name", "offence_group", "crimes" };

    private PublicationJob() {
    }

    static List<Row> run(SparkSession spark) {
        return spark.sql(SharedSql.load(TABLE), Map.of("first", 1900, "last", 2999)).collectAsList();
    }

    static void write(List<Row> rows, Appendable out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Row row : rows) {
                csv.printRecord(row.getAs("force"), row.getAs("fy"), row.getAs("code"), row.getAs("name"),
                        row.getAs("offence_group"), row.getAs("crimes"));
            }
        }
    }
}
