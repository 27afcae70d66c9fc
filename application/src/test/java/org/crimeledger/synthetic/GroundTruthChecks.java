package org.crimeledger.synthetic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SQL that counts generated rows breaking a promise of the synthetic force: each named check must find
 * none. Together they say the ground truth and the records tell the same story, and the records obey the
 * rules the service itself enforces.
 */
final class GroundTruthChecks {

    private static final String RECORDED = "('RECORDED_CORRECTLY', 'RECORDED_LATE', 'DOWNGRADED', 'WRONGLY_CANCELLED', "
            + "'CORRECTLY_CANCELLED')";
    private static final String TRUTH = " from synthetic_truth t join incident i on i.id = t.incident_id "
            + "left join recording_decision d on d.incident_id = t.incident_id where ";

    static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        check("an incident without its truth", "select count(*) from incident i where not exists "
                + "(select 1 from synthetic_truth t where t.incident_id = i.id)");
        check("under-recorded but not decided as no crime or N100, or with crimes", "select count(*)" + TRUTH
                + "t.treatment = 'UNDER_RECORDED' and (d.kind is null or d.kind not in ('NO_CRIME', 'N100') "
                + "or exists (select 1 from crime c where c.incident_id = t.incident_id))");
        check("rightly not recorded but with crimes", "select count(*)" + TRUTH + "t.treatment = 'CORRECTLY_NOT_RECORDED' "
                + "and (t.should_record or d.kind not in ('NO_CRIME', 'N100', 'TRANSFERRED') "
                + "or exists (select 1 from crime c where c.incident_id = t.incident_id))");
        check("recorded but not one crime per true crime", "select count(*)" + TRUTH + "t.treatment in " + RECORDED
                + " and (d.kind is distinct from 'CRIMES_RECORDED' "
                + "or t.recorded_crimes <> cardinality(t.true_classifications) "
                + "or t.recorded_crimes <> (select count(*) from crime c where c.incident_id = t.incident_id))");
        check("recorded correctly but classified otherwise or removed", "select count(*)" + TRUTH
                + "t.treatment in ('RECORDED_CORRECTLY', 'RECORDED_LATE') and exists (select 1 from crime c where "
                + "c.incident_id = t.incident_id "
                + "and (c.status <> 'RECORDED' or not c.classification_code = any(t.true_classifications)))");
        check("late in truth but not in the decision, or the reverse", "select count(*)" + TRUTH
                + "d.kind is not null and t.decided_late <> (d.delay_seconds > 0)");
        check("downgraded without an applied downgrade of the true class", "select count(*)" + TRUTH
                + "t.treatment = 'DOWNGRADED' and not exists (select 1 from crime_reclassification r join crime c on "
                + "c.id = r.crime_id where c.incident_id = t.incident_id and r.downgrade and r.status = 'APPLIED' "
                + "and r.from_code = t.true_classifications[1] and c.classification_code = r.to_code)");
        check("cancelled in truth without an approved removal", "select count(*)" + TRUTH
                + "t.treatment like '%CANCELLED' and not exists (select 1 from crime_removal m join crime c on "
                + "c.id = m.crime_id where c.incident_id = t.incident_id and m.status = 'APPROVED' "
                + "and c.status in ('CANCELLED', 'TRANSFERRED'))");
        check("awaiting or needing no decision, but decided", "select count(*)" + TRUTH
                + "(t.treatment = 'AWAITING_DECISION' and (i.decision_status <> 'AWAITING' or d.kind is not null)) "
                + "or (t.treatment = 'NOT_CRIME_RELATED' and (i.decision_status <> 'NOT_REQUIRED' or d.kind is not null))");
        check("a deadline other than 24 hours after the report, or a wrong delay", "select count(*) "
                + "from recording_decision d join incident i on i.id = d.incident_id where d.deadline <> i.received_at + interval '24 hours' "
                + "or i.decision_due_at <> d.deadline or d.limit_hours <> 24 "
                + "or d.delay_seconds <> greatest(0, extract(epoch from d.decided_at - d.deadline))::bigint");
        check("a reference not on the local day the report was received", "select count(*) from incident i where "
                + "substr(i.reference, 4, 8) <> to_char(i.received_at at time zone 'Europe/London', 'YYYYMMDD')");
        check("a crime whose victim belongs to another incident", "select count(*) from crime c join victim v on "
                + "v.id = c.victim_id where v.incident_id <> c.incident_id");
        check("a crime of a class with a victim but none, or the reverse", "select count(*) from crime c join "
                + "offence_classification o on o.code = c.classification_code "
                + "where o.victim_based <> (c.victim_id is not null)");
        check("a crime not recorded at its decision, or an offence after the report", "select count(*) from crime c join "
                + "recording_decision d on d.incident_id = c.incident_id where c.recorded_at <> d.decided_at "
                + "or c.offence_to > c.reported_at or d.decided_at < c.reported_at");
        check("a downgrade that Reclassifying would not call one", "select count(*) from crime_reclassification r join "
                + "offence_classification f on f.code = r.from_code join offence_classification o on o.code = r.to_code "
                + "where r.downgrade <> (o.seriousness_rank > f.seriousness_rank "
                + "or o.offence_group_code <> f.offence_group_code)");
        check("a removal missing what its class needs", "select count(*) from crime_removal m where "
                + "(m.cancellation_class = 'C1' and (m.target_force is null or m.target_force_reference is null)) "
                + "or (m.cancellation_class in ('C2', 'C5') "
                + "and (m.additional_information is null or m.evidence_reference is null)) "
                + "or (m.cancellation_class in ('C1', 'C2', 'C5') "
                + "and (m.victim_told_at is null or m.victim_told_at > m.decided_at)) "
                + "or m.decided_by = m.proposed_by or m.decided_at < m.proposed_at");
    }

    private GroundTruthChecks() {
    }

    private static void check(String name, String sql) {
        CHECKS.put(name, sql);
    }
}
