package org.crimeledger.audit;

import java.util.Collection;
import java.util.List;

import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.ledger.PersonalDataAccessLog.Shown;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Logs the restricted incidents an audit list shows (ADR 0030): the sample of a plan (page and API) and the targeted
 * review list. Auditors and the registrar's team always have the need to know, so nothing is left out, but each
 * restricted incident on the list is a sight of it, and "who has seen this record?" must find it. One statement finds
 * the restricted incidents of the list and one writes their rows.
 */
@Service
public class AuditListReads {

    /** The purpose logged for restricted incidents in a plan's sample. */
    public static final String SAMPLE_PURPOSE = "Audit sample";
    /** The purpose logged for restricted incidents in the targeted review list ("where to look first"). */
    public static final String TARGETED_PURPOSE = "Audit targeted review list";

    private final JdbcClient jdbc;
    private final PersonalDataAccessLog accessLog;

    AuditListReads(JdbcClient jdbc, PersonalDataAccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    /**
     * The restricted incidents of the plan's sample, as the read log names them: the force's own by reference
     * ({@code incident}), an imported extract's by import and reference ({@code imported-incident}, as the review
     * page of one logs it).
     */
    public List<Shown> restrictedInSample(long planId) {
        return jdbc.sql("""
                select case when s.incident_id is null then 'imported-incident' else 'incident' end,
                       coalesce(i.reference, x.import_id || '/' || x.incident_ref)
                from audit_sample_item s
                join audit_plan p on p.id = s.plan_id
                left join incident i on i.id = s.incident_id
                left join interchange_incident x on x.import_id = p.extract_import_id
                                                and x.incident_ref = s.imported_incident_ref
                where s.plan_id = :plan
                  and case when s.incident_id is null then coalesce(""" + ImportedIncidents.restrictedSql("x") + """
                , false)
                           else """ + NeedToKnow.restrictedIncidentSql("i") + """
                 end
                order by s.id""")
                .param("plan", planId)
                .query((rs, row) -> new Shown(rs.getString(1), rs.getString(2))).list();
    }

    /** Logs the restricted incidents of the plan's sample as read by this person, shown on a list for this purpose. */
    public void sampleShown(long planId, Actor actor, String purpose) {
        accessLog.recordShown(actor.username(), actor.role().name(), restrictedInSample(planId), purpose);
    }

    /** Logs the restricted ones among these incidents of the force's own as read by this person. */
    public void incidentsShown(Collection<Long> incidentIds, Actor actor, String purpose) {
        if (incidentIds.isEmpty()) {
            return;
        }
        List<String> restricted = jdbc.sql("select i.reference from incident i where i.id = any(cast(:ids as bigint[]))"
                        + " and " + NeedToKnow.restrictedIncidentSql("i") + " order by i.id")
                .param("ids", incidentIds.toArray(Long[]::new)).query(String.class).list();
        accessLog.recordReads(actor.username(), actor.role().name(), "incident", restricted, purpose);
    }
}
