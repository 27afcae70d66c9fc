package org.crimeledger.standards.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma separated, double quotes around fields that hold commas, quotes or line
 * breaks) into records, remembering the line each record starts on so findings can name it.
 */
final class CsvText {

    record CsvRecord(int line, List<String> fields) {
    }

    /**
     * @param unterminatedQuoteLine the line of a quoted field still open at the end of the text (a cut-off file), or 0
     * @param endsWithLineBreak whether the last record is followed by a line break
     */
    record Parsed(List<CsvRecord> records, int unterminatedQuoteLine, boolean endsWithLineBreak) {
    }

    private CsvText() {
    }

    static Parsed parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    quoteLine = line;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // part of a CRLF line break, or stray: ignored outside quotes
                }
                case '\n' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    if (any || fields.size() > 1 || !fields.get(0).isEmpty()) {
                        records.add(new CsvRecord(recordLine, List.copyOf(fields)));
                    }
                    fields.clear();
                    any = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        if (quoted) {
            return new Parsed(records, quoteLine, false);
        }
        boolean endsWithLineBreak = !any && field.isEmpty() && fields.isEmpty();
        if (!endsWithLineBreak) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, List.copyOf(fields)));
        }
        return new Parsed(records, 0, endsWithLineBreak);
    }
}
