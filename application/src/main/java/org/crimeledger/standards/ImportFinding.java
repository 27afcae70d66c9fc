package org.crimeledger.standards;

/**
 * Something the importer found in a notifiable offence list. An error stops the import (nothing is applied); a
 * warning is shown and the line is loaded as described.
 *
 * @param line the file's line number, 0 for the file as a whole
 * @param column the column's name in the documented layout, or "file"
 */
public record ImportFinding(Severity severity, int line, String column, String value, String message) {

    public enum Severity { ERROR, WARNING }

    public static ImportFinding error(int line, String column, String value, String message) {
        return new ImportFinding(Severity.ERROR, line, column, value, message);
    }

    public static ImportFinding warning(int line, String column, String value, String message) {
        return new ImportFinding(Severity.WARNING, line, column, value, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "line 12, column mode: 'X' is not a mode of trial ..." */
    public String describe() {
        String where = line == 0 ? "file" : "line " + line + ", column " + column;
        String shown = value == null || value.isEmpty() ? "" : " ('" + value + "')";
        return (isError() ? "Error" : "Warning") + " at " + where + shown + ": " + message;
    }
}
