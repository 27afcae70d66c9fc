package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The rules and their tests rely on facts of the reference data; these tests fail when the two drift apart. */
class ClassificationsTests {

    private static final String ROW = "\\('%s', '([^']*)', '[A-Z_]+', (?:null|'[^']*'), (true|false), (?:true|false), (true|false), (\\d+),";

    @Test
    void theTestClassificationsAreTheReferenceData() throws IOException {
        String rows = referenceData();
        for (Classification classification : Classifications.ALL) {
            assertThat(fromReferenceData(rows, classification.code())).isEqualTo(classification);
        }
    }

    @Test
    void offencesUpTo8NAreThoseRankedNoHigherThanAssaultWithInjury() throws IOException {
        assertThat(fromReferenceData(referenceData(), "8N").seriousnessRank())
                .isEqualTo(ConductCrimeOrder.ASSAULT_WITH_INJURY_RANK);
    }

    private static Classification fromReferenceData(String rows, String code) {
        Matcher row = Pattern.compile(String.format(ROW, Pattern.quote(code))).matcher(rows);
        assertThat(row.find()).as("class %s in the reference data", code).isTrue();
        return new Classification(code, row.group(1), Boolean.parseBoolean(row.group(2)),
                Boolean.parseBoolean(row.group(3)), Integer.parseInt(row.group(4)));
    }

    private static String referenceData() throws IOException {
        try (InputStream in = ClassificationsTests.class.getResourceAsStream("/db/migration/V2__reference_data.sql")) {
            assertThat(in).as("the reference data migration").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
