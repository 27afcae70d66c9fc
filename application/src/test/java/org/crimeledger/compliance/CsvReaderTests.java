package org.crimeledger.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The extract reader against RFC 4180: quotes, doubled quotes, line breaks of every kind, and text it must refuse. */
class CsvReaderTests {

    private static List<List<String>> read(String text) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<List<String>> records = new ArrayList<>();
        String[] fields;
        while ((fields = reader.next()) != null) {
            records.add(List.of(fields));
        }
        return records;
    }

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() throws IOException {
        assertThat(read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n")).containsExactly(
                List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"), List.of("last", "", ""));
    }

    @Test
    void crlfLfAndCrEndRecordsAndTheLastNeedsNoLineBreak() throws IOException {
        assertThat(read("a,b\r\nc,d\re,f\ng,h")).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"),
                List.of("g", "h"));
        assertThat(read("")).isEmpty();
        assertThat(read("a\n\nb\n")).containsExactly(List.of("a"), List.of(""), List.of("b"));
    }

    @Test
    void recordsSayTheLineTheyBeganOnThoughAQuotedFieldSpansLines() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("h\n\"one\r\ntwo\"\nthree\n"));
        reader.next();
        reader.next();
        assertThat(reader.recordLine()).isEqualTo(2);
        assertThat(reader.next()).containsExactly("three");
        assertThat(reader.recordLine()).isEqualTo(4);
    }

    @Test
    void fieldsLongerThanTheBufferAreReadWhole() throws IOException {
        String longField = "x".repeat(200_000);
        assertThat(read(longField + ",\"" + longField + "\"\n")).containsExactly(List.of(longField, longField));
    }

    @Test
    void aQuoteLeftOpenOrTextAfterAClosingQuoteIsRefused() {
        assertThatThrownBy(() -> read("a,\"never closed\nb\n")).isInstanceOf(CsvReader.MalformedCsvException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> read("a,\"quoted\"tail\n")).isInstanceOf(CsvReader.MalformedCsvException.class);
    }
}
