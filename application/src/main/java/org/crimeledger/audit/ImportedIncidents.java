package org.crimeledger.audit;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.crimeledger.database.Timestamps;
import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads an imported incident drawn in an audit sample from the interchange tables (read-only, ADR 0021), with
 * need-to-know applied as for the force's own records: a restricted incident is shown only to those who may see
 * restricted records, exactly as if it were not in the sample otherwise, and each showing is logged as a read.
 */
@Service
public class ImportedIncidents {

    private final JdbcClient jdbc;
    private final NeedToKnow needToKnow;
    private final PersonalDataAccessLog accessLog;

    ImportedIncidents(JdbcClient jdbc, NeedToKnow needToKnow, PersonalDataAccessLog accessLog) {
        this.jdbc = jdbc;
        this.needToKnow = needToKnow;
        this.accessLog = accessLog;
    }

    /**
     * SQL true when the imported incident ({@code interchange_incident} as {@code incident}) is restricted: reported as
     * a sexual offence, or any of its crimes restricted ({@link NeedToKnow#restrictedCrimeSql}). The same test as the
     * {@code restricted} of {@link ImportedIncident}, for lists that show many at once.
     */
    public static String restrictedSql(String incident) {
        return "(exists (select 1 from offence_classification nk_r where nk_r.code = " + incident
                + ".reported_classification and nk_r.offence_group_code = '" + NeedToKnow.RESTRICTED_OFFENCE_GROUP
                + "') or exists (select 1 from interchange_crime nk_c left join offence_classification nk_oc"
                + " on nk_oc.code = nk_c.classification where nk_c.import_id = " + incident + ".import_id"
                + " and nk_c.incident_ref = " + incident + ".incident_ref and "
                + NeedToKnow.restrictedCrimeSql("nk_c", "nk_oc") + "))";
    }

    /** How the read log names an imported incident: its import and its reference in the extract. */
    public static String logged(long importId, String reference) {
        return importId + "/" + reference;
    }

    /** The imported incident of the plan's sample item if this person may see it; otherwise nothing. */
    public Optional<ImportedIncident> findVisible(long planId, long itemId, Actor actor) {
        Optional<ImportedIncident> found = find(planId, itemId);
        NeedToKnow.Reader reader = needToKnow.reader(actor);
        // an imported record has no author of the force's own, so only the role and team decide
        Optional<ImportedIncident> visible = found.filter(incident -> reader.maySee(incident.restricted(), null));
        visible.filter(ImportedIncident::restricted).ifPresent(incident -> accessLog.recordRead(actor.username(),
                actor.role().name(), "imported-incident", logged(incident.importId(), incident.reference()),
                "audit plan " + planId + ": review of a sampled incident"));
        return visible;
    }

    /** {@link #findVisible}, refusing with 404 Not Found as for an item not in the sample. */
    public ImportedIncident requireVisible(long planId, long itemId, Actor actor) {
        return findVisible(planId, itemId, actor)
                .orElseThrow(() -> InvalidRequestException.unknown("itemId", itemId, "imported incident in the sample"));
    }

    /** The imported incident of the plan's sample item, whoever asks; nothing when the item is not an imported one. */
    Optional<ImportedIncident> find(long planId, long itemId) {
        record Item(long importId, String reference) {
        }
        Optional<Item> item = jdbc.sql("""
                select p.extract_import_id, s.imported_incident_ref from audit_sample_item s
                join audit_plan p on p.id = s.plan_id
                where s.plan_id = ? and s.id = ? and s.imported_incident_ref is not null""")
                .params(planId, itemId)
                .query((rs, row) -> new Item(rs.getLong(1), rs.getString(2))).optional();
        return item.flatMap(found -> incident(found.importId(), itemId, found.reference()));
    }

    private Optional<ImportedIncident> incident(long importId, long itemId, String reference) {
        ImportedIncident.Decision decision = jdbc.sql("""
                select kind, no_crime_reason, explanation, n100_subcode, transfer_force, decided_at
                from interchange_decision where import_id = ? and incident_ref = ?""")
                .params(importId, reference)
                .query((rs, row) -> new ImportedIncident.Decision(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), Timestamps.instant(rs, "decided_at")))
                .optional().orElse(null);
        record CrimeRow(ImportedIncident.Crime crime, boolean restricted) {
        }
        List<CrimeRow> crimes = jdbc.sql("""
                select c.crime_ref, c.classification, oc.name, oc.offence_group_code, c.recorded_at, c.status, c.flags,
                       cardinality(c.victim_ids) as victims,
                       array(select o.type || ' on ' || to_char(o.outcome_at at time zone 'UTC', 'YYYY-MM-DD')
                             from interchange_outcome o where o.import_id = c.import_id and o.crime_ref = c.crime_ref
                             order by o.outcome_at, o.line) as outcomes,
                       array(select x.class || coalesce(' (' || x.status || ')', '')
                             from interchange_cancellation x where x.import_id = c.import_id and x.crime_ref = c.crime_ref
                             order by x.line) as cancellations
                from interchange_crime c
                left join offence_classification oc on oc.code = c.classification
                where c.import_id = ? and c.incident_ref = ? order by c.line""")
                .params(importId, reference)
                .query((rs, row) -> {
                    List<String> flags = strings(rs.getArray("flags"));
                    return new CrimeRow(new ImportedIncident.Crime(rs.getString("crime_ref"),
                            rs.getString("classification"), rs.getString("name"), Timestamps.instant(rs, "recorded_at"),
                            rs.getString("status"), flags, rs.getInt("victims"), strings(rs.getArray("outcomes")),
                            strings(rs.getArray("cancellations"))),
                            NeedToKnow.restricted(rs.getString("offence_group_code"), flags));
                })
                .list();
        boolean anyCrimeRestricted = crimes.stream().anyMatch(CrimeRow::restricted);
        return jdbc.sql("""
                select i.line, i.received_at, i.crime_related, i.reporter_relation, i.reported_classification,
                       i.closed_at, oc.offence_group_code,
                       (select count(*) from interchange_victim v where v.import_id = i.import_id
                                                                  and v.incident_ref = i.incident_ref) as victims
                from interchange_incident i
                left join offence_classification oc on oc.code = i.reported_classification
                where i.import_id = ? and i.incident_ref = ?""")
                .params(importId, reference)
                .query((rs, row) -> new ImportedIncident(importId, itemId, reference, rs.getLong("line"),
                        Timestamps.instant(rs, "received_at"), rs.getBoolean("crime_related"),
                        rs.getString("reporter_relation"), rs.getString("reported_classification"),
                        Timestamps.instant(rs, "closed_at"), rs.getInt("victims"), decision,
                        crimes.stream().map(CrimeRow::crime).toList(),
                        anyCrimeRestricted || NeedToKnow.restricted(rs.getString("offence_group_code"), List.of())))
                .optional();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
