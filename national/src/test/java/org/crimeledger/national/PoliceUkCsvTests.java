package org.crimeledger.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** How the files are dealt to tasks, and how the importer's COPY line becomes a row (no Spark session needed). */
class PoliceUkCsvTests {

    @Test
    void aCopyLineBecomesTheRowTheImportWouldLoadNullsEscapesAndTypesIncluded() {
        String copy = "7\t" + "a".repeat(64) + "\t2019-01-01\tKent Police\t\\N\t0.52\t-51.3\tOn or near\\tA\\\\B road"
                + "\t\\N\t\\N\tBurglary\tburglary\t\\N\t\\N\tline one\\nline two\n";
        Row row = PoliceUkCsv.Parse.row(copy, PoliceUkCsv.STREET);

        assertThat(row.getLong(0)).isEqualTo(7L);
        assertThat(row.getString(1)).hasSize(64);
        assertThat((LocalDate) row.get(2)).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(row.get(4)).isNull();
        assertThat(row.getDouble(5)).isEqualTo(0.52);
        assertThat(row.getDouble(6)).isEqualTo(-51.3);
        assertThat(row.getString(7)).isEqualTo("On or near\tA\\B road");
        assertThat(row.get(8)).isNull();
        assertThat(row.getString(11)).isEqualTo("burglary");
        assertThat(row.get(13)).isNull();
        assertThat(row.getString(14)).isEqualTo("line one\nline two");
    }

    @Test
    void filesAreDealtToTasksInTurnSoEachTaskGetsEveryNthFile() {
        List<String> files = List.of("a", "b", "c", "d", "e", "f", "g");

        assertThat(PoliceUkCsv.dealt(files, 3)).containsExactly("a", "d", "g", "b", "e", "c", "f");
        assertThat(PoliceUkCsv.dealt(files, 1)).isEqualTo(files);
    }
}
