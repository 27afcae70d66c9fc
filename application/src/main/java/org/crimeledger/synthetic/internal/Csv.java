package org.crimeledger.synthetic.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Rows of one table in PostgreSQL's {@code COPY ... (FORMAT csv)} form, written straight to UTF-8 bytes
 * (generating a Metropolitan year is mostly writing text, so no String is built per row): an unquoted empty
 * field is NULL, every text is quoted (so an empty text stays empty), times are whole seconds in UTC.
 */
public final class Csv {

    private byte[] bytes;
    private int length;
    private long rows;
    private boolean rowStart = true;

    public Csv(int expectedBytes) {
        bytes = new byte[Math.max(1024, expectedBytes)];
    }

    public Csv number(long value) {
        separate().ascii(Long.toString(value));
        return this;
    }

    public Csv text(String value) {
        separate();
        if (value != null) {
            put('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c >= 0x80) {
                    int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
                    for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                        put((char) (b & 0xff));
                    }
                    i = end - 1;
                    continue;
                }
                if (c == '"') {
                    put('"');
                }
                put(c);
            }
            put('"');
        }
        return this;
    }

    /** {@code 2025-04-01 06:12:33+00}. */
    public Csv time(Instant value) {
        separate();
        if (value != null) {
            long seconds = value.getEpochSecond();
            int second = (int) Math.floorMod(seconds, 86_400);
            day(LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400))).put(' ').two(second / 3600).put(':')
                    .two(second / 60 % 60).put(':').two(second % 60).ascii("+00");
        }
        return this;
    }

    public Csv date(LocalDate value) {
        separate();
        if (value != null) {
            day(value);
        }
        return this;
    }

    public Csv bool(boolean value) {
        separate().put(value ? 't' : 'f');
        return this;
    }

    /** A decimal with six places, such as a latitude for {@code numeric(9, 6)}. */
    public Csv micros(long millionths) {
        separate();
        if (millionths < 0) {
            put('-');
            millionths = -millionths;
        }
        String fraction = Long.toString(millionths % 1_000_000);
        ascii(Long.toString(millionths / 1_000_000)).put('.').ascii("00000".substring(fraction.length() - 1)).ascii(fraction);
        return this;
    }

    /** A {@code text[]} of codes, which contain no commas, quotes, braces or spaces. */
    public Csv codes(List<String> codes) {
        separate().ascii("\"{").ascii(String.join(",", codes)).ascii("}\"");
        return this;
    }

    public Csv nul() {
        separate();
        return this;
    }

    public void end() {
        put('\n');
        rows++;
        rowStart = true;
    }

    public long rows() {
        return rows;
    }

    /** The bytes written so far are {@code buffer()[0 .. length())}. */
    public byte[] buffer() {
        return bytes;
    }

    public int length() {
        return length;
    }

    public byte[] bytes() {
        return Arrays.copyOf(bytes, length);
    }

    private Csv separate() {
        if (!rowStart) {
            put(',');
        }
        rowStart = false;
        return this;
    }

    private Csv day(LocalDate date) {
        return ascii(Integer.toString(date.getYear())).put('-').two(date.getMonthValue()).put('-').two(date.getDayOfMonth());
    }

    private Csv two(int value) {
        return put((char) ('0' + value / 10)).put((char) ('0' + value % 10));
    }

    private Csv ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            put(text.charAt(i));
        }
        return this;
    }

    private Csv put(char c) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = (byte) c;
        return this;
    }
}
