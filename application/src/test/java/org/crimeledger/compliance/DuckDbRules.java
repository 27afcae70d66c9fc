package org.crimeledger.compliance;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's baseline: the representative rules written by hand as DuckDB SQL over the interchange CSV files,
 * each returning its number of findings, to compare with the engine's in time and in result.
 */
final class DuckDbRules {

    private DuckDbRules() {
    }

    private static String csv(Path folder, String file) {
        return "read_csv('" + folder.resolve(file) + "', header = true, all_varchar = true)";
    }

    private static String ts(String column) {
        return "cast(replace(" + column + ", 'Z', '') as timestamp)";
    }

    static Map<String, String> queries(Path folder) {
        String incidents = csv(folder, "incidents.csv");
        String decisions = csv(folder, "decisions.csv");
        String crimes = csv(folder, "crimes.csv");
        String cancellations = csv(folder, "cancellations.csv");
        String classes = csv(folder, "offence-classes.csv");
        Map<String, String> queries = new LinkedHashMap<>();
        // Decision more than 24 hours after the report, for reports from 2015-04-01 (UTC day here).
        queries.put("CRR-TIME-001", "select count(*) from " + decisions + " d join " + incidents + " i using (incident_ref) "
                + "where " + ts("d.decided_at") + " > " + ts("i.received_at") + " + interval 24 hour and "
                + ts("i.received_at") + " >= timestamp '2015-04-01'");
        // One crime per victim: several victims on one crime.
        queries.put("CRR-CNT-002", "select count(*) from " + crimes + " where len(string_split(victim_ids, ';')) > 1");
        // Several live crimes for one victim and offender group in one incident, not all course of conduct.
        queries.put("CRR-CNT-003", "select count(*) from (select c.incident_ref, c.victim_ids, c.offender_group from "
                + crimes + " c join " + classes + " k on k.code = c.classification where coalesce(c.status, 'RECORDED') "
                + "not in ('CANCELLED', 'TRANSFERRED') and c.victim_ids is not null and c.victim_ids not like '%;%' and "
                + "c.classification <> '106' group by all having count(*) > 1 and not bool_and(k.course_of_conduct = 'true'))");
        // Cancellation authority: an approved C2-C5 decided by neither a DDM nor the FCR.
        queries.put("CRR-CAN-002", "select count(*) from " + cancellations + " x join " + crimes + " c using (crime_ref) "
                + "where coalesce(x.status, 'APPROVED') = 'APPROVED' and x.class in ('C2', 'C3', 'C4', 'C5') and "
                + "coalesce(x.decided_by, '') not in ('FCR', 'DDM')");
        return queries;
    }
}
