package org.crimeledger.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rows as PostgreSQL's CSV COPY reads them: nulls, quotes, times, decimals and arrays. */
class CsvTests {

    @Test
    void writesARowAsCopyReadsIt() {
        Csv csv = new Csv(0);
        csv.number(42).text("O'Brien said \"stop\", twice").text("").nul().time(Instant.parse("2025-04-01T06:02:03Z"))
                .date(LocalDate.of(1980, 1, 9)).bool(true).micros(-1_480_123).micros(52_000_007)
                .codes(List.of("8N", "58A")).codes(List.of()).end();

        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).isEqualTo("42,\"O'Brien said \"\"stop\"\", twice\","
                + "\"\",,2025-04-01 06:02:03+00,1980-01-09,t,-1.480123,52.000007,\"{8N,58A}\",\"{}\"\n");
        assertThat(csv.rows()).isEqualTo(1);
    }

    @Test
    void writesOtherAlphabetsAsUtf8AndGrowsAsNeeded() {
        Csv csv = new Csv(0);
        for (int i = 0; i < 200; i++) {
            csv.text("Zoë Łukasik 🚓").end();
        }

        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8).lines())
                .hasSize(200).allMatch("\"Zoë Łukasik 🚓\""::equals);
    }
}
