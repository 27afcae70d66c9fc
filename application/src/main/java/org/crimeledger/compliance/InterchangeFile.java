package org.crimeledger.compliance;

import java.util.List;

/**
 * The files of an interchange extract and their columns, as {@code docs/interchange.md} documents them (a test keeps
 * the two in step). Each file is UTF-8 CSV with a header row; columns are found by name, in any order.
 */
public enum InterchangeFile {
    INCIDENTS("incidents.csv", "incident_ref", List.of(
            Column.required("incident_ref", "text"), Column.required("received_at", "timestamp"),
            Column.required("crime_related", "boolean"), Column.required("reporter_relation", "code"),
            Column.optional("reported_classification", "offence class"), Column.optional("closed_at", "timestamp"))),
    DECISIONS("decisions.csv", "incident_ref", List.of(
            Column.required("incident_ref", "text"), Column.required("kind", "code"),
            Column.optional("no_crime_reason", "code"), Column.optional("explanation", "text"),
            Column.optional("n100_subcode", "code"), Column.optional("transfer_force", "text"),
            Column.required("decided_at", "timestamp"))),
    VICTIMS("victims.csv", "victim_id", List.of(
            Column.required("victim_id", "text"), Column.required("incident_ref", "text"),
            Column.optional("person_key", "text"), Column.optional("date_of_birth", "date"))),
    CRIMES("crimes.csv", "crime_ref", List.of(
            Column.required("crime_ref", "text"), Column.required("incident_ref", "text"),
            Column.required("classification", "offence class"), Column.optional("victim_ids", "list"),
            Column.optional("offender_group", "text"), Column.optional("offence_from", "timestamp"),
            Column.optional("offence_to", "timestamp"), Column.optional("reported_at", "timestamp"),
            Column.required("recorded_at", "timestamp"), Column.optional("status", "code"),
            Column.optional("flags", "list"), Column.optional("relationship", "code"),
            Column.optional("named_suspect", "boolean"), Column.optional("suspect_date_of_birth", "date"),
            Column.optional("mode_of_trial", "code"))),
    OUTCOMES("outcomes.csv", "outcome_ref", List.of(
            Column.required("outcome_ref", "text"), Column.required("crime_ref", "text"),
            Column.required("type", "code"), Column.required("outcome_at", "timestamp"),
            Column.optional("authorised_rank", "code"), Column.optional("suspect_previous_offences", "integer"))),
    CANCELLATIONS("cancellations.csv", "cancellation_ref", List.of(
            Column.required("cancellation_ref", "text"), Column.required("crime_ref", "text"),
            Column.required("class", "code"), Column.optional("additional_information", "text"),
            Column.optional("decided_by", "code"), Column.optional("target_force", "text"),
            Column.optional("target_force_reference", "text"), Column.optional("duplicate_of", "text"),
            Column.optional("victim_told_at", "timestamp"), Column.optional("decided_at", "timestamp"),
            Column.optional("status", "code"))),
    RECLASSIFICATIONS("reclassifications.csv", "reclassification_ref", List.of(
            Column.required("reclassification_ref", "text"), Column.required("crime_ref", "text"),
            Column.required("from_class", "offence class"), Column.required("to_class", "offence class"),
            Column.required("downgrade", "boolean"), Column.optional("reason", "text"),
            Column.optional("decided_by", "code"), Column.optional("decided_at", "timestamp"),
            Column.optional("status", "code")));

    /** One column: its header name, whether a value is required, and its type as the format document names it. */
    public record Column(String name, boolean required, String type) {
        static Column required(String name, String type) {
            return new Column(name, true, type);
        }

        static Column optional(String name, String type) {
            return new Column(name, false, type);
        }
    }

    private final String fileName;
    private final String key;
    private final List<Column> columns;

    InterchangeFile(String fileName, String key, List<Column> columns) {
        this.fileName = fileName;
        this.key = key;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    /** The column that identifies a record of the file; unique within the file (victims: within an incident). */
    public String key() {
        return key;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Whether the file may be left out of an extract (reclassifications are optional; the six others are not). */
    public boolean optionalFile() {
        return this == RECLASSIFICATIONS;
    }
}
