package org.crimeledger.audit.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crimeledger.audit.ImportedIncidents;
import org.crimeledger.ledger.PersonalDataAccessLog.Shown;
import org.crimeledger.security.NeedToKnow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The restricted incidents of a judgements export. For someone without need-to-know (an analyst re-running the
 * estimate) a judgement on a restricted incident keeps its answers, so the estimate can still be recomputed from the
 * file, but loses the incident's reference and the reviewer's note; for someone with it, the restricted incidents the
 * file names are logged as read. An incident of an imported extract (incident id 0) is restricted as its review page
 * judges it ({@link ImportedIncidents#restrictedSql}).
 */
@Component
class RestrictedJudgements {

    static final int PLAN_ID = 0;
    static final int REFERENCE = 1;
    static final int INCIDENT_ID = 2;
    static final int NOTE = 14;
    static final String WITHHELD = "restricted";

    private final JdbcClient jdbc;

    RestrictedJudgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void hideRestricted(List<String[]> rows) {
        Set<Shown> restricted = new HashSet<>(restricted(rows));
        java.util.Map<String, String> imports = new java.util.HashMap<>();
        for (String[] row : rows) {
            if (restricted.contains(shown(row, imports))) {
                row[REFERENCE] = WITHHELD;
                row[NOTE] = "";
            }
        }
    }

    /** The restricted incidents the rows name, once each, as the read log names them. */
    List<Shown> restricted(List<String[]> rows) {
        List<Shown> restricted = new ArrayList<>();
        List<Long> own = rows.stream().filter(row -> !imported(row)).map(row -> Long.parseLong(row[INCIDENT_ID]))
                .distinct().toList();
        if (!own.isEmpty()) {
            jdbc.sql("select i.reference from incident i where i.id in (:ids) and " + NeedToKnow.restrictedIncidentSql("i")
                            + " order by i.id")
                    .param("ids", own).query(String.class).list()
                    .forEach(reference -> restricted.add(new Shown("incident", reference)));
        }
        List<String[]> fromExtracts = rows.stream().filter(RestrictedJudgements::imported).toList();
        for (String plan : fromExtracts.stream().map(row -> row[PLAN_ID]).distinct().toList()) {
            List<String> references = fromExtracts.stream().filter(row -> row[PLAN_ID].equals(plan))
                    .map(row -> row[REFERENCE]).distinct().toList();
            jdbc.sql("select x.import_id, x.incident_ref from audit_plan p join interchange_incident x"
                            + " on x.import_id = p.extract_import_id where p.id = :plan and x.incident_ref in (:refs) and "
                            + ImportedIncidents.restrictedSql("x") + " order by x.line")
                    .param("plan", Long.parseLong(plan)).param("refs", references)
                    .query((rs, n) -> new Shown("imported-incident", ImportedIncidents.logged(rs.getLong(1),
                            rs.getString(2))))
                    .list().forEach(restricted::add);
        }
        return restricted;
    }

    /** How the read log names the incident of a row; {@code imports} remembers each plan's extract. */
    private Shown shown(String[] row, java.util.Map<String, String> imports) {
        return imported(row) ? new Shown("imported-incident",
                imports.computeIfAbsent(row[PLAN_ID], this::importOf) + "/" + row[REFERENCE])
                : new Shown("incident", row[REFERENCE]);
    }

    private String importOf(String plan) {
        return jdbc.sql("select coalesce(cast(extract_import_id as text), '') from audit_plan where id = :plan")
                .param("plan", Long.parseLong(plan)).query(String.class).optional().orElse("");
    }

    private static boolean imported(String[] row) {
        return "0".equals(row[INCIDENT_ID]);
    }
}
