package org.crimeledger.compliance;

/**
 * The format checks of an interchange extract, beside the catalogue's rules: every one is an error, and a row with
 * one is reported and left out rather than guessed at.
 */
public enum ExtractFormat {
    MISSING_FILE("CSV-001", "A file of the extract is missing; its records are taken as none."),
    UNREADABLE_FILE("CSV-002", "The file is not valid CSV from this line on; none of its records is used."),
    MISSING_COLUMN("CSV-003", "A required column is missing from the header; none of the file's records is used."),
    MISSING_VALUE("CSV-004", "A required value is empty; the record is left out."),
    BAD_VALUE("CSV-005", "A value is not of the column's type or not one of its codes; the record is left out."),
    DUPLICATE_KEY("CSV-006", "A record's reference repeats one earlier in the file; the later record is left out."),
    UNKNOWN_REFERENCE("CSV-007", "A record refers to an incident or crime the extract does not hold; it is left out."),
    UNKNOWN_COLUMN("CSV-008", "A column is not part of the format and is ignored.");

    private final String code;
    private final String meaning;

    ExtractFormat(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
