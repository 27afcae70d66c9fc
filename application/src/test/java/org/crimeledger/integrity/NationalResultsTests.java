package org.crimeledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A national run's folder read back for the national page. */
class NationalResultsTests {

    @TempDir
    Path folder;

    @Test
    void aFolderWithoutARunHasNone() {
        assertThat(new NationalResults(folder).latest()).isEmpty();
    }

    @Test
    void aRunIsReadBackWithEachForcesAlertsAndTheQualityFindingsByCheckAndForce() throws IOException {
        Files.writeString(folder.resolve("run.properties"), "finished=2026-11-27T10\\:00\\:00Z\ninputs=exports/kent exports/essex\n");
        Files.writeString(folder.resolve(IntegrityFindingsCsv.FINDINGS), String.join("\n",
                String.join(",", IntegrityFindingsCsv.FINDINGS_HEADER),
                "KE,2026-10,DOWNGRADES,RESPONSE-B,FUNNEL,true,40.0,20.0,1.0E-6,2.0E-5,true,Team RESPONSE-B downgrades more",
                "KE,2026-10,DOWNGRADES,RESPONSE-A,FUNNEL,true,20.0,20.0,0.5,0.9,false,Team RESPONSE-A: as expected",
                "KE,2026-10,CANCELLATIONS,RESPONSE-C,FUNNEL,false,1.0,NaN,1.0,1.0,false,Not enough data",
                "ES,2026-10,CANCELLATIONS,CID,LONGITUDINAL,true,3.0,2.0,0.3,0.8,false,Team CID: as expected", ""));
        Files.writeString(folder.resolve("quality-findings.csv"), String.join("\n",
                "check,force,month,category,crime_id,count,detail",
                "Duplicate Crime ID,Kent Police,2018-11,,abc,2,2 identical rows",
                "Duplicate Crime ID,Kent Police,2018-12,,def,2,2 identical rows",
                "Rows without location,Essex Police,2018-11,,,5,5 of 100 rows (5.0%)", ""));

        NationalResults.Run run = new NationalResults(folder).latest().orElseThrow();

        assertThat(run.inputs()).isEqualTo("exports/kent exports/essex");
        assertThat(run.forces()).extracting(NationalResults.ForceResult::force).containsExactly("ES", "KE");
        NationalResults.ForceResult kent = run.forces().get(1);
        assertThat(kent.tests()).isEqualTo(2);
        assertThat(kent.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.unit()).isEqualTo("RESPONSE-B");
            assertThat(alert.indicator()).isEqualTo(Indicator.DOWNGRADES.title());
            assertThat(alert.qValue()).isEqualTo(2.0E-5);
        });
        assertThat(run.forces().get(0).alerts()).isEmpty();
        assertThat(run.quality().get("Duplicate Crime ID")).containsEntry("Kent Police", 2L);
        assertThat(run.quality().get("Rows without location")).containsEntry("Essex Police", 1L);
    }
}
