package org.crimeledger.exchange;

/**
 * Something wrong in an imported file: a row kept out ({@code rejected}), a value loaded as published but not in
 * the published category lists ({@code warning}), or the whole file refused ({@code line} null or 0 for the file).
 *
 * @param line the file's line where the row starts (the header is line 1); null when it concerns the whole file
 * @param column the column's header name; null when it concerns the whole row or file
 */
public record ImportFinding(String file, Long line, String column, String value, String reason, Severity severity) {

    /** Whether the row was kept out or loaded. */
    public enum Severity {
        REJECTED, WARNING;

        public String code() {
            return name().toLowerCase();
        }
    }

    public static ImportFinding ofFile(String file, String reason) {
        return new ImportFinding(file, null, null, null, reason, Severity.REJECTED);
    }

    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line != null) {
            text.append(" line ").append(line);
        }
        if (column != null) {
            text.append(", column \"").append(column).append('"');
        }
        if (value != null) {
            text.append(", value \"").append(value.length() > 60 ? value.substring(0, 60) + "..." : value).append('"');
        }
        return text.append(": ").append(reason).toString();
    }
}
