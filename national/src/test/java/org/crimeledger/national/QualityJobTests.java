package org.crimeledger.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-quality checks on Spark in local[2] over small data.police.uk files written here: each kind of finding
 * from rows planted for it, with the line numbers of the files as published.
 */
class QualityJobTests {

    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
            + "Crime type,Last outcome category,Context";
    static final String OUTCOME_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
            + "LSOA name,Outcome type";

    static SparkSession spark;

    @TempDir
    static Path folder;

    @BeforeAll
    static void start() {
        spark = NationalSpark.session("local[2]");
    }

    @AfterAll
    static void stop() throws Exception {
        spark.close();
    }

    static String id(int n) {
        return String.format("%064x", n);
    }

    static String row(String id, String month, String longitude, String latitude) {
        return id + "," + month + ",Kent Police,Kent Police," + longitude + "," + latitude + ",On or near High Street,"
                + "E01024000,Ashford 001A,Burglary,Under investigation,";
    }

    @Test
    void findsEachPlantedProblemWithTheLinesOfTheFileAsPublished() throws IOException {
        Path reference = reference();
        int n = 0;
        for (String month : List.of("2018-08", "2018-09", "2018-10")) {
            List<String> lines = new ArrayList<>(List.of(HEADER));
            for (int i = 0; i < 100; i++) {
                lines.add(row(id(++n), month, "0.87", "51.14"));
            }
            Files.write(folder.resolve(month + "-kent-street.csv"), lines);
        }
        List<String> november = new ArrayList<>(List.of(HEADER));
        november.add(row(id(9001), "2018-11", "0.87", "51.14"));
        november.add(row(id(9001), "2018-11", "0.87", "51.14"));
        november.add(row(id(9002), "2018-11", "", ""));
        november.add(row(id(9003), "2018-11", "0.87", "99.9"));
        Files.write(folder.resolve("2018-11-kent-street.csv"), november);
        Files.write(folder.resolve("2018-10-kent-outcomes.csv"), List.of(OUTCOME_HEADER,
                id(9002) + ",2018-10,Kent Police,Kent Police,,,No Location,,,Under investigation",
                id(424242) + ",2018-10,Kent Police,Kent Police,,,No Location,,,Under investigation"));
        Path output = folder.resolve("run");

        NationalRun.run(spark, List.of(), List.of(folder), reference, null, output);

        List<String> findings = Files.readAllLines(output.resolve("quality-findings.csv"));
        assertThat(findings).contains(
                "Duplicate Crime ID,Kent Police,2018-11,," + id(9001) + ",2,2 identical rows",
                "Exact duplicate row,Kent Police,2018-11,Burglary," + id(9001) + ",2,\"the same row 2 times, at lines 2, 3\"",
                "Rows without location,Kent Police,2018-11,,,1,1 of 3 rows (33.3%)",
                "Outcome dated before its crime,Kent Police,2018-10,Burglary," + id(9002)
                        + ",1,\"outcome \"\"Under investigation\"\" dated 2018-10; the crime is in the street file of 2018-11 "
                        + "(last outcome \"\"Under investigation\"\")\"",
                "Outcomes whose crime is unknown,Kent Police,2018-10,,,1,1 of 2 outcomes refer to a Crime ID in no imported "
                        + "street-level file");
        assertThat(findings).as("the row with a latitude off Great Britain is rejected, as the import rejects it")
                .noneMatch(line -> line.contains(id(9003)));
        assertThat(findings).as("November's 3 rows against 100 a month before")
                .anyMatch(line -> line.startsWith("Volume against the force's recent months,Kent Police,2018-11,all-crime,,3,"));
        assertThat(Files.readString(output.resolve(NationalRun.RUN))).contains("quality.findings=");
    }

    private static Path reference() {
        Path reference = folder.resolve("reference");
        spark.createDataFrame(List.of(RowFactory.create("Burglary", "burglary")), new StructType()
                .add("label", DataTypes.StringType).add("slug", DataTypes.StringType))
                .write().parquet(reference.resolve(Reference.CRIME_TYPES).toString());
        spark.createDataFrame(List.of(RowFactory.create("Under investigation", "under-investigation")), new StructType()
                .add("label", DataTypes.StringType).add("outcome_code", DataTypes.StringType))
                .write().parquet(reference.resolve(Reference.OUTCOME_LABELS).toString());
        spark.createDataFrame(List.<Row>of(), new StructType()
                .add("force", DataTypes.StringType).add("neighbour", DataTypes.StringType))
                .write().parquet(reference.resolve(Reference.NEIGHBOURS).toString());
        return reference;
    }
}
