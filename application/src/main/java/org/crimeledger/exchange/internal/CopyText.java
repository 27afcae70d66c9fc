package org.crimeledger.exchange.internal;

/**
 * Builds one line of PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes.
 */
final class CopyText {

    private final StringBuilder line = new StringBuilder(512);
    private boolean first = true;

    CopyText clear() {
        line.setLength(0);
        first = true;
        return this;
    }

    private void separate() {
        if (!first) {
            line.append('\t');
        }
        first = false;
    }

    /** A text value; empty becomes null. */
    CopyText text(String value) {
        separate();
        if (value == null || value.isEmpty()) {
            line.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return this;
    }

    /** A value already checked to need no escaping (numbers, dates, booleans); empty becomes null. */
    CopyText plain(String value) {
        separate();
        line.append(value == null || value.isEmpty() ? "\\N" : value);
        return this;
    }

    CopyText number(long value) {
        separate();
        line.append(value);
        return this;
    }

    StringBuilder line() {
        return line.append('\n');
    }
}
