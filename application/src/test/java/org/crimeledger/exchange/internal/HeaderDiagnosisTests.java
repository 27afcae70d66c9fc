package org.crimeledger.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.crimeledger.exchange.PoliceUkFileKind;
import org.junit.jupiter.api.Test;

/** A first line that is not a data.police.uk header is refused saying what is wrong with it. */
class HeaderDiagnosisTests {

    static final List<String> OUTCOMES = PoliceUkFileKind.OUTCOMES.header();

    @Test
    void aMissingColumnIsNamedWithTheKindItWasMeantToBe() {
        List<String> found = new ArrayList<>(OUTCOMES);
        found.remove("Location");
        assertThat(HeaderDiagnosis.describe(found))
                .startsWith("line 1 is the outcomes header but lacks the column \"Location\" (expected \"Crime ID,");
    }

    @Test
    void anAddedAndARepeatedColumnAreNamed() {
        List<String> found = new ArrayList<>(PoliceUkFileKind.STOP_AND_SEARCH.header());
        found.add("extra");
        found.add("Gender");
        assertThat(HeaderDiagnosis.describe(found)).startsWith("line 1 is the stop-and-search header but has the column"
                + " \"extra\", which the header does not; repeats the column \"Gender\"");
    }

    @Test
    void columnsOutOfOrderAreShownWhereTheyFirstDiffer() {
        List<String> found = new ArrayList<>(PoliceUkFileKind.STREET.header());
        java.util.Collections.swap(found, 4, 5);
        assertThat(HeaderDiagnosis.describe(found)).startsWith("line 1 is the street header but has its columns in"
                + " another order: column 5 is \"Latitude\" where \"Longitude\" belongs");
    }

    @Test
    void utf16AndBinaryAreToldApartFromAWrongHeader() {
        String utf16 = new String(String.join(",", OUTCOMES).getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_8);
        assertThat(HeaderDiagnosis.describe(List.of(utf16.split(",", -1)))).contains("looks like UTF-16");
        assertThat(HeaderDiagnosis.describe(List.of("\uFFFD\uFFFDx", "\u0007")))
                .startsWith("line 1 is not text: 3 of its 5 characters");
        assertThat(HeaderDiagnosis.describe(List.of("Name", "Address")))
                .startsWith("line 1 is not a data.police.uk header: found \"Name,Address\"");
    }
}
