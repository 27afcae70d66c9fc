package org.crimeledger.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** COPY text lines written straight as UTF-8 bytes: escapes, nulls and characters beyond ASCII. */
class CopyTextTests {

    private static String bytes(CopyText line) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void escapesTheCharactersCopyGivesAMeaningAndEncodesTheRestAsUtf8() throws IOException {
        CopyText line = new CopyText().number(7).text("On or near Caf\u00e9 Street").text("tab\there")
                .text("back\\slash").text("two\r\nlines").text("").text(null).plain("51.5").plain("")
                .text("\uD83D\uDE93 \u00a3 \u0416").end();

        assertThat(bytes(line)).isEqualTo("7\tOn or near Caf\u00e9 Street\ttab\\there\tback\\\\slash\ttwo\\r\\nlines\t\\N"
                + "\t\\N\t51.5\t\\N\t\uD83D\uDE93 \u00a3 \u0416\n");
    }

    @Test
    void aLineLongerThanTheBufferGrowsIt() throws IOException {
        String long1 = "x".repeat(5000);
        String long2 = "\u00e9\t".repeat(3000);
        CopyText line = new CopyText().text(long1).text(long2).end();

        assertThat(bytes(line)).isEqualTo(long1 + "\t" + "\u00e9\\t".repeat(3000) + "\n");
        assertThat(bytes(line.clear().text("short").end())).isEqualTo("short\n");
    }
}
