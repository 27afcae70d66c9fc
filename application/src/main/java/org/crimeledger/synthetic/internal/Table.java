package org.crimeledger.synthetic.internal;

/**
 * The tables the synthetic force fills, in an order that satisfies their foreign keys, with the
 * columns each {@code COPY} names. All but the ground truth are records the ledger must adopt.
 */
public enum Table {
    INCIDENT("incident", true, true, 330, "id, reference, received_at, channel, reporter_name, reporter_relation, "
            + "location_text, latitude, longitude, opening_type, team_code, crime_disclosed_at, decision_due_at, "
            + "decision_status, closing_type, closed_at, opened_by, opened_at, version"),
    INCIDENT_UPDATE("incident_update", true, true, 600,
            "id, incident_id, written_at, author, author_role, text, discloses_crime"),
    RECORDING_DECISION("recording_decision", true, true, 90, "id, incident_id, kind, no_crime_reason, n100_subcode, "
            + "transfer_force, explanation, information_basis, decided_by, decided_role, decided_at, deadline, "
            + "limit_hours, delay_seconds"),
    VICTIM("victim", true, true, 20, "id, incident_id, name, date_of_birth, contact, added_by, added_at"),
    CRIME("crime", true, true, 40, "id, reference, incident_id, classification_code, victim_id, offence_from, offence_to, "
            + "reported_at, recorded_at, recorded_by, status, related_classifications, flags, counting_rationale, version"),
    SUSPECT("suspect", true, true, 10, "id, crime_id, name, description"),
    CRIME_RECLASSIFICATION("crime_reclassification", true, true, 1, "id, crime_id, from_code, to_code, downgrade, reason, "
            + "proposed_by, proposed_role, proposed_at, status, decided_by, decided_role, decided_at, decision_note"),
    CRIME_REMOVAL("crime_removal", true, true, 4, "id, crime_id, cancellation_class, explanation, additional_information, "
            + "evidence_reference, target_force, target_force_reference, duplicate_of_reference, victim_told_at, "
            + "proposed_by, proposed_role, proposed_at, status, decided_by, decided_role, decided_at, decision_note"),
    CRIME_OUTCOME("crime_outcome", true, true, 40, "id, crime_id, outcome_type_code, tic_case_reference, reason, status, "
            + "proposed_by, proposed_role, proposed_at, applied_at, needs_authorisation"),
    /** Not a ledger record type: the application ledgers an authorisation as a change to its outcome. */
    OUTCOME_AUTHORISATION("outcome_authorisation", false, true, 2, "id, outcome_id, policy_code, granted, authorised_by, "
            + "authorised_role, authorised_at, note"),
    SYNTHETIC_TRUTH("synthetic_truth", false, false, 60, "incident_id, run_id, crime_related, should_record, "
            + "true_classifications, principal_group, victim_count, recorded_crimes, decided_late, treatment");

    private final String tableName;
    private final boolean ledgered;
    private final boolean identified;
    private final int bytesPerIncident;
    private final String columns;

    Table(String tableName, boolean ledgered, boolean identified, int bytesPerIncident, String columns) {
        this.tableName = tableName;
        this.ledgered = ledgered;
        this.identified = identified;
        this.bytesPerIncident = bytesPerIncident;
        this.columns = columns;
    }

    /** About how many CSV bytes one incident leaves in this table, to size buffers. */
    int bytesPerIncident() {
        return bytesPerIncident;
    }

    /** The table's name, which is also the ledger's record type. */
    public String tableName() {
        return tableName;
    }

    public boolean ledgered() {
        return ledgered;
    }

    /** Whether rows take their {@code id} from the table's own sequence. */
    public boolean identified() {
        return identified;
    }

    public String columns() {
        return columns;
    }

    public String copyFromStdin() {
        return "copy " + tableName + " (" + columns + ") from stdin (format csv)";
    }

    public String copyToStdout() {
        return "copy " + tableName + " (" + columns + ") to stdout (format csv)";
    }
}
