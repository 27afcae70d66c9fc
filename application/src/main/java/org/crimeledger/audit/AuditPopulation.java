package org.crimeledger.audit;

/**
 * The populations an inspection audits (domain reference 6.3), each defined over the incidents received in the
 * audit period: the force's own, or those of an imported extract of another records system.
 */
public enum AuditPopulation {
    CRIME_RELATED_INCIDENTS("Incidents with a crime-related opening or closing category",
            "exists (select 1 from incident_type t where t.code in (i.opening_type, i.closing_type) "
                    + "and t.category = 'CRIME_RELATED')",
            "i.crime_related"),
    ASB_AND_PUBLIC_SAFETY("Anti-social behaviour and public safety and welfare incidents",
            "exists (select 1 from incident_type t where t.code in (i.opening_type, i.closing_type) "
                    + "and t.category in ('ANTI_SOCIAL_BEHAVIOUR', 'PUBLIC_SAFETY_AND_WELFARE'))",
            null),
    N100_AND_RAPE("N100 records and reported rapes",
            "(exists (select 1 from recording_decision d where d.incident_id = i.id and d.kind = 'N100') "
                    + "or exists (select 1 from crime c join offence_classification oc on oc.code = c.classification_code "
                    + "where c.incident_id = i.id and oc.offence_subgroup = 'Rape'))",
            "(exists (select 1 from interchange_decision d where d.import_id = i.import_id "
                    + "and d.incident_ref = i.incident_ref and d.kind = 'N100') "
                    + "or exists (select 1 from interchange_crime c join offence_classification oc on oc.code = c.classification "
                    + "where c.import_id = i.import_id and c.incident_ref = i.incident_ref and oc.offence_subgroup = 'Rape'))"),
    CANCELLED_CRIMES("Incidents with a cancelled or transferred crime",
            "exists (select 1 from crime c where c.incident_id = i.id and c.status in ('CANCELLED', 'TRANSFERRED'))",
            "exists (select 1 from interchange_crime c where c.import_id = i.import_id and c.incident_ref = i.incident_ref "
                    + "and (c.status in ('CANCELLED', 'TRANSFERRED') or exists (select 1 from interchange_cancellation x "
                    + "where x.import_id = c.import_id and x.crime_ref = c.crime_ref "
                    + "and coalesce(x.status, 'APPROVED') = 'APPROVED')))"),
    VULNERABLE_PEOPLE_UNIT("Reports to the vulnerable-people (public protection) unit", "i.team_code = 'PPU'", null),
    OUT_OF_COURT_DISPOSALS("Incidents with a crime finalised by an out-of-court disposal",
            "exists (select 1 from crime c join crime_outcome o on o.crime_id = c.id where c.incident_id = i.id "
                    // cautions (2, 3), cannabis and khat warnings (2A, 3A), penalty notices (6, 7), community resolutions (8)
                    + "and o.status = 'APPLIED' and o.outcome_type_code in ('2', '2A', '3', '3A', '6', '7', '8'))",
            "exists (select 1 from interchange_crime c join interchange_outcome o on o.import_id = c.import_id "
                    + "and o.crime_ref = c.crime_ref where c.import_id = i.import_id and c.incident_ref = i.incident_ref "
                    + "and o.type in ('2', '2A', '3', '3A', '6', '7', '8'))");

    private final String label;
    private final String condition;
    private final String importedCondition;

    AuditPopulation(String label, String condition, String importedCondition) {
        this.label = label;
        this.condition = condition;
        this.importedCondition = importedCondition;
    }

    public String label() {
        return label;
    }

    /** The SQL condition on an incident {@code i} that puts it in this population. */
    public String condition() {
        return condition;
    }

    /**
     * The SQL condition on an imported interchange incident {@code i} that puts it in this population, or null when
     * the format cannot tell (it has no incident types beyond "crime-related", and no teams).
     */
    public String importedCondition() {
        return importedCondition;
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
