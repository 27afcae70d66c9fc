package org.crimeledger.compliance;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a character stream, one array of fields at a time: comma-separated, fields optionally in
 * double quotes (a doubled quote inside stands for one, and line breaks may be quoted), records ended by CRLF, LF or
 * CR. Built for extracts of millions of rows: fields are cut straight out of one reused buffer, so a record costs its
 * strings and one array. A quote left open at the end, or text after a closing quote, is an error, never a guess.
 * Shared by the extract validator and the data.police.uk import.
 */
public final class CsvReader {

    /** The text stops being valid CSV. */
    public static final class MalformedCsvException extends IOException {
        MalformedCsvException(String message) {
            super(message);
        }
    }

    private static final String[] NOTHING = new String[0];

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private final StringBuilder spanning = new StringBuilder();
    private final List<String> fields = new ArrayList<>();

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The line on which the record last returned began (1 for the header). */
    public long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the text. */
    public String[] next() throws IOException {
        if (position == limit && !fill()) {
            return null;
        }
        recordLine = line;
        fields.clear();
        while (true) {
            char first = buffer[position];
            int end = first == '"' ? quoted() : unquoted();
            if (end == -1) {
                return fields.toArray(NOTHING);
            }
        }
    }

    /** Reads one unquoted field; returns -1 when it ended the record, 0 when a comma followed it. */
    private int unquoted() throws IOException {
        int start = position;
        spanning.setLength(0);
        boolean spans = false;
        while (true) {
            if (position == limit) {
                spanning.append(buffer, start, position - start);
                spans = true;
                if (!fill()) {
                    fields.add(spanning.toString());
                    return -1;
                }
                start = position;
            }
            char c = buffer[position];
            if (c == ',' || c == '\n' || c == '\r') {
                String value;
                if (spans) {
                    spanning.append(buffer, start, position - start);
                    value = spanning.toString();
                } else {
                    value = position == start ? "" : new String(buffer, start, position - start);
                }
                fields.add(value);
                position++;
                if (c == ',') {
                    if (position == limit && !fill()) {
                        fields.add("");
                        return -1;
                    }
                    return 0;
                }
                endOfLine(c);
                return -1;
            }
            position++;
        }
    }

    /** Reads one quoted field, from its opening quote; returns as {@link #unquoted()} does. */
    private int quoted() throws IOException {
        long opened = line;
        position++;
        spanning.setLength(0);
        while (true) {
            if (position == limit && !fill()) {
                throw new MalformedCsvException("a quote opened on line " + opened + " is never closed");
            }
            char c = buffer[position++];
            if (c == '"') {
                if (position == limit && !fill()) {
                    fields.add(spanning.toString());
                    return -1;
                }
                char after = buffer[position];
                if (after == '"') {
                    spanning.append('"');
                    position++;
                } else if (after == ',') {
                    fields.add(spanning.toString());
                    position++;
                    if (position == limit && !fill()) {
                        fields.add("");
                        return -1;
                    }
                    return 0;
                } else if (after == '\n' || after == '\r') {
                    fields.add(spanning.toString());
                    position++;
                    endOfLine(after);
                    return -1;
                } else {
                    throw new MalformedCsvException("text after the closing quote of a field on line " + line);
                }
            } else {
                if (c == '\n' || (c == '\r' && !followedByLineFeed())) {
                    line++;
                }
                spanning.append(c);
            }
        }
    }

    private boolean followedByLineFeed() throws IOException {
        return (position < limit || fill()) && buffer[position] == '\n';
    }

    /** Counts the line break just passed, taking the LF of a CRLF with it. */
    private void endOfLine(char c) throws IOException {
        line++;
        if (c == '\r' && (position < limit || fill()) && buffer[position] == '\n') {
            position++;
        }
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
