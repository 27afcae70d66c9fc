package org.crimeledger.compliance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the database holds, as the interchange files (docs/interchange.md), for the rules benchmark. The incident's
 * {@code received_at} is the recording clock's start (disclosure of a crime, else receipt), as the application uses.
 */
final class ExtractQueries {

    private static String iso(String column) {
        return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";
    }

    private static String decider(String table) {
        return "case when exists (select 1 from authorities a where a.username = " + table + ".decided_by and "
                + "a.authority = 'FCR') then 'FCR' when " + table + ".decided_role = 'CRIME_REGISTRAR' then 'DDM' when "
                + table + ".decided_role in ('SUPERVISOR', 'OFFICER') then " + table + ".decided_role when " + table
                + ".decided_role is null then null else 'OTHER' end";
    }

    static final Map<String, String> BY_FILE = new LinkedHashMap<>();

    static {
        BY_FILE.put("incidents.csv", "select reference as incident_ref, " + iso("coalesce(crime_disclosed_at, received_at)")
                + " as received_at, (decision_status <> 'NOT_REQUIRED')::text as crime_related, reporter_relation, "
                + "null as reported_classification, " + iso("closed_at") + " as closed_at from incident order by id");
        BY_FILE.put("decisions.csv", "select i.reference as incident_ref, d.kind, d.no_crime_reason, d.explanation, "
                + "d.n100_subcode, d.transfer_force, " + iso("d.decided_at") + " as decided_at from recording_decision d "
                + "join incident i on i.id = d.incident_id order by d.incident_id");
        BY_FILE.put("victims.csv", "select v.id::text as victim_id, i.reference as incident_ref, case when v.date_of_birth "
                + "is null then null else md5(lower(btrim(v.name)) || '|' || v.date_of_birth::text) end as person_key, "
                + "v.date_of_birth from victim v join incident i on i.id = v.incident_id order by v.id");
        BY_FILE.put("crimes.csv", "select c.reference as crime_ref, i.reference as incident_ref, c.classification_code "
                + "as classification, c.victim_id::text as victim_ids, null as offender_group, " + iso("c.offence_from")
                + " as offence_from, " + iso("c.offence_to") + " as offence_to, " + iso("c.reported_at") + " as reported_at, "
                + iso("c.recorded_at") + " as recorded_at, c.status, array_to_string(c.flags, ';') as flags, "
                + "null as relationship, exists (select 1 from suspect s where s.crime_id = c.id and s.name is not null)"
                + "::text as named_suspect, null as suspect_date_of_birth, case when exists (select 1 from "
                + "indictable_only_offence io where io.classification_code = c.classification_code) or exists (select 1 "
                + "from offence_classification oc where oc.code = c.classification_code and oc.modes_of_trial = 'I') "
                + "then 'INDICTABLE_ONLY' end as mode_of_trial "
                + "from crime c join incident i on i.id = c.incident_id order by c.id");
        BY_FILE.put("outcomes.csv", "select 'O' || o.id as outcome_ref, c.reference as crime_ref, o.outcome_type_code as "
                + "type, " + iso("o.applied_at") + " as outcome_at, (select case max(case when exists (select 1 from "
                + "authorities au where au.username = a.authorised_by and au.authority = 'FCR') then 4 when "
                + "a.authorised_role = 'CRIME_REGISTRAR' then 3 when a.authorised_role = 'SUPERVISOR' then 2 else 1 end) "
                + "when 4 then 'FCR' when 3 then 'SUPERINTENDENT' when 2 then 'INSPECTOR' when 1 then 'OFFICER' end "
                + "from outcome_authorisation a where a.outcome_id = o.id and a.granted) as authorised_rank, "
                + "o.previous_offences as suspect_previous_offences from crime_outcome o join crime c on c.id = o.crime_id "
                + "where o.status = 'APPLIED' order by o.id");
        BY_FILE.put("cancellations.csv", "select 'R' || r.id as cancellation_ref, c.reference as crime_ref, "
                + "r.cancellation_class as class, r.additional_information, " + decider("r") + " as decided_by, "
                + "r.target_force, r.target_force_reference, r.duplicate_of_reference as duplicate_of, "
                + iso("r.victim_told_at") + " as victim_told_at, " + iso("r.decided_at") + " as decided_at, r.status "
                + "from crime_removal r join crime c on c.id = r.crime_id order by r.id");
        BY_FILE.put("reclassifications.csv", "select 'RC' || r.id as reclassification_ref, c.reference as crime_ref, "
                + "r.from_code as from_class, r.to_code as to_class, r.downgrade::text as downgrade, r.reason, "
                + decider("r") + " as decided_by, " + iso("r.decided_at") + " as decided_at, r.status "
                + "from crime_reclassification r join crime c on c.id = r.crime_id order by r.id");
    }

    private ExtractQueries() {
    }
}
