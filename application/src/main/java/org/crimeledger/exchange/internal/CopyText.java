package org.crimeledger.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds one line of PostgreSQL's COPY text format, already encoded as UTF-8: tab-separated, {@code \N} for null,
 * backslash escapes. Encoding while escaping saves a pass over every value and a character writer per file.
 * Public for the national Spark jobs, which read the line back as a row ({@link #toString}).
 */
public final class CopyText {

    private byte[] line = new byte[1024];
    private int length;
    private boolean first = true;

    CopyText clear() {
        length = 0;
        first = true;
        return this;
    }

    private void separate() {
        if (!first) {
            put('\t');
        }
        first = false;
    }

    private void put(int b) {
        if (length == line.length) {
            line = Arrays.copyOf(line, length * 2);
        }
        line[length++] = (byte) b;
    }

    private void nothing() {
        put('\\');
        put('N');
    }

    /** A text value; empty becomes null. */
    CopyText text(String value) {
        separate();
        if (value == null || value.isEmpty()) {
            nothing();
            return this;
        }
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            // nearly every value: nothing to escape, so the JDK's own (vectorised) encoding does the work
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            if (length + bytes.length > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + bytes.length));
            }
            System.arraycopy(bytes, 0, line, length, bytes.length);
            length += bytes.length;
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> { put('\\'); put('\\'); }
                    case '\t' -> { put('\\'); put('t'); }
                    case '\n' -> { put('\\'); put('n'); }
                    case '\r' -> { put('\\'); put('r'); }
                    default -> put(c);
                }
            } else if (c < 0x800) {
                put(0xc0 | (c >> 6));
                put(0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int code = Character.toCodePoint(c, value.charAt(++i));
                put(0xf0 | (code >> 18));
                put(0x80 | ((code >> 12) & 0x3f));
                put(0x80 | ((code >> 6) & 0x3f));
                put(0x80 | (code & 0x3f));
            } else {
                // a lone surrogate cannot come from the decoder, which replaces what is not UTF-8; written as U+FFFD
                int code = Character.isSurrogate(c) ? 0xfffd : c;
                put(0xe0 | (code >> 12));
                put(0x80 | ((code >> 6) & 0x3f));
                put(0x80 | (code & 0x3f));
            }
        }
        return this;
    }

    /** A value already checked to need no escaping (numbers, dates, booleans: ASCII); empty becomes null. */
    CopyText plain(String value) {
        separate();
        if (value == null || value.isEmpty()) {
            nothing();
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            put(value.charAt(i));
        }
        return this;
    }

    CopyText number(long value) {
        separate();
        return plainDigits(Long.toString(value));
    }

    private CopyText plainDigits(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            put(digits.charAt(i));
        }
        return this;
    }

    /** Ends the line. */
    CopyText end() {
        put('\n');
        return this;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(line, 0, length);
    }

    @Override
    public String toString() {
        return new String(line, 0, length, StandardCharsets.UTF_8);
    }
}
