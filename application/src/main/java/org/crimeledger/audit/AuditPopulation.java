package org.crimeledger.audit;

/**
 * The populations an inspection audits (domain reference 6.3), each defined over the incidents received in the
 * audit period.
 */
public enum AuditPopulation {
    CRIME_RELATED_INCIDENTS("Incidents with a crime-related opening or closing category",
            "exists (select 1 from incident_type t where t.code in (i.opening_type, i.closing_type) "
                    + "and t.category = 'CRIME_RELATED')"),
    ASB_AND_PUBLIC_SAFETY("Anti-social behaviour and public safety and welfare incidents",
            "exists (select 1 from incident_type t where t.code in (i.opening_type, i.closing_type) "
                    + "and t.category in ('ANTI_SOCIAL_BEHAVIOUR', 'PUBLIC_SAFETY_AND_WELFARE'))"),
    N100_AND_RAPE("N100 records and reported rapes",
            "(exists (select 1 from recording_decision d where d.incident_id = i.id and d.kind = 'N100') "
                    + "or exists (select 1 from crime c join offence_classification oc on oc.code = c.classification_code "
                    + "where c.incident_id = i.id and oc.offence_subgroup = 'Rape'))"),
    CANCELLED_CRIMES("Incidents with a cancelled or transferred crime",
            "exists (select 1 from crime c where c.incident_id = i.id and c.status in ('CANCELLED', 'TRANSFERRED'))"),
    VULNERABLE_PEOPLE_UNIT("Reports to the vulnerable-people (public protection) unit", "i.team_code = 'PPU'"),
    OUT_OF_COURT_DISPOSALS("Incidents with a crime finalised by an out-of-court disposal",
            "exists (select 1 from crime c join crime_outcome o on o.crime_id = c.id where c.incident_id = i.id "
                    // cautions (2, 3), cannabis and khat warnings (2A, 3A), penalty notices (6, 7), community resolutions (8)
                    + "and o.status = 'APPLIED' and o.outcome_type_code in ('2', '2A', '3', '3A', '6', '7', '8'))");

    private final String label;
    private final String condition;

    AuditPopulation(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    public String label() {
        return label;
    }

    /** The SQL condition on an incident {@code i} that puts it in this population. */
    public String condition() {
        return condition;
    }

    /** What the "decision correct" judgement measures for this population, or null when it does not apply. */
    public String decisionMeasure() {
        return switch (this) {
            case N100_AND_RAPE -> "N100 correctly used";
            case CANCELLED_CRIMES -> "Cancellation correct";
            case OUT_OF_COURT_DISPOSALS -> "Out-of-court disposal appropriate";
            default -> null;
        };
    }
}
