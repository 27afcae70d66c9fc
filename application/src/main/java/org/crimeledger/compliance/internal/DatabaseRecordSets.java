package org.crimeledger.compliance.internal;

import static org.crimeledger.database.Timestamps.instant;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.crimeledger.rules.CancellationRecord;
import org.crimeledger.rules.CrimeRecord;
import org.crimeledger.rules.DecisionRecord;
import org.crimeledger.rules.IncidentRecord;
import org.crimeledger.rules.OffenceClass;
import org.crimeledger.rules.OffenceClasses;
import org.crimeledger.rules.OutcomeRecord;
import org.crimeledger.rules.RecordSet;
import org.crimeledger.rules.ReclassificationRecord;
import org.crimeledger.rules.VictimRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the database holds as the catalogue's record sets, a chunk of incidents at a time. Victims are keyed by
 * a hash of name and date of birth computed in the database, so no personal detail leaves it. Applied outcomes come
 * with the highest authorisation granted and the suspect's previous offences, so the outcome rules run on live records;
 * a crime is indictable-only when every offence line of its class is (the built-in NOL26 facts) or its class is on the
 * force's own list of such offences. The victim-suspect relationship
 * and the suspect's date of birth are not held: the rules that need them run on extracts only (docs/rules.md,
 * "Not checkable").
 */
@Component
public class DatabaseRecordSets {

    static final int CHUNK = 20_000;

    private final JdbcClient jdbc;

    DatabaseRecordSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One incident's record set, with its database id. */
    public record Loaded(long incidentId, RecordSet records) {
    }

    public void forEachChunk(Consumer<List<Loaded>> consumer) {
        long last = 0;
        while (true) {
            List<Loaded> chunk = chunkAfter(last);
            if (chunk.isEmpty()) {
                return;
            }
            consumer.accept(chunk);
            last = chunk.get(chunk.size() - 1).incidentId();
        }
    }

    private static final class Parts {
        IncidentRecord incident;
        DecisionRecord decision;
        final List<VictimRecord> victims = new ArrayList<>(1);
        final List<CrimeRecord> crimes = new ArrayList<>(1);
        final List<OutcomeRecord> outcomes = new ArrayList<>(0);
        final List<CancellationRecord> cancellations = new ArrayList<>(0);
        final List<ReclassificationRecord> reclassifications = new ArrayList<>(0);
    }

    /** One incident's record set as held now, or null when there is no such incident. */
    public RecordSet forIncident(long incidentId) {
        List<Loaded> loaded = load("where id = :after", incidentId);
        return loaded.isEmpty() ? null : loaded.get(0).records();
    }

    List<Loaded> chunkAfter(long after) {
        return load("where id > :after order by id limit " + CHUNK, after);
    }

    private List<Loaded> load(String where, long after) {
        Map<Long, Parts> parts = new LinkedHashMap<>();
        jdbc.sql("""
                select id, reference, coalesce(crime_disclosed_at, received_at) as clock_start, decision_status,
                    reporter_relation, closed_at
                from incident
                """ + where)
                .param("after", after).query((rs, row) -> {
                    Parts p = new Parts();
                    p.incident = new IncidentRecord(rs.getString("reference"), instant(rs, "clock_start"),
                            !"NOT_REQUIRED".equals(rs.getString("decision_status")), rs.getString("reporter_relation"),
                            null, instant(rs, "closed_at"));
                    parts.put(rs.getLong("id"), p);
                    return null;
                }).list();
        if (parts.isEmpty()) {
            return List.of();
        }
        long from = parts.keySet().iterator().next();
        long to = from;
        for (long id : parts.keySet()) {
            to = id;
        }
        loadDecisions(parts, from, to);
        loadVictims(parts, from, to);
        Map<Long, String> crimeReferences = loadCrimes(parts, from, to);
        loadOutcomes(parts, from, to);
        loadRemovals(parts, crimeReferences, from, to);
        loadReclassifications(parts, crimeReferences, from, to);
        List<Loaded> loaded = new ArrayList<>(parts.size());
        parts.forEach((id, p) -> loaded.add(new Loaded(id, new RecordSet(p.incident, p.decision, p.victims, p.crimes,
                p.outcomes, p.cancellations, p.reclassifications))));
        return loaded;
    }

    private void loadDecisions(Map<Long, Parts> parts, long from, long to) {
        jdbc.sql("""
                select incident_id, kind, no_crime_reason, explanation, n100_subcode, transfer_force, decided_at
                from recording_decision where incident_id between :from and :to""")
                .param("from", from).param("to", to).query((rs, row) -> {
                    parts.get(rs.getLong("incident_id")).decision = new DecisionRecord(rs.getString("kind"),
                            rs.getString("no_crime_reason"), rs.getString("explanation"), rs.getString("n100_subcode"),
                            rs.getString("transfer_force"), instant(rs, "decided_at"));
                    return null;
                }).list();
    }

    private void loadVictims(Map<Long, Parts> parts, long from, long to) {
        jdbc.sql("""
                select id, incident_id, md5(lower(btrim(name)) || '|' || coalesce(date_of_birth::text, '')) as person_key,
                    date_of_birth
                from victim where incident_id between :from and :to""")
                .param("from", from).param("to", to).query((rs, row) -> {
                    LocalDate born = rs.getObject("date_of_birth", LocalDate.class);
                    parts.get(rs.getLong("incident_id")).victims.add(new VictimRecord(String.valueOf(rs.getLong("id")),
                            born == null ? null : rs.getString("person_key"), born));
                    return null;
                }).list();
    }

    private Map<Long, String> loadCrimes(Map<Long, Parts> parts, long from, long to) {
        Map<Long, String> references = new HashMap<>();
        jdbc.sql("""
                select c.id, c.reference, c.incident_id, c.classification_code, c.victim_id, c.offence_from, c.offence_to,
                    c.reported_at, c.recorded_at, c.status, c.flags,
                    exists (select 1 from suspect s where s.crime_id = c.id and s.name is not null) as named_suspect,
                    (exists (select 1 from indictable_only_offence io where io.classification_code = c.classification_code)
                        or exists (select 1 from offence_classification oc where oc.code = c.classification_code
                            and oc.modes_of_trial = 'I')) as indictable_only
                from crime c where c.incident_id between :from and :to order by c.id""")
                .param("from", from).param("to", to).query((rs, row) -> {
                    OffenceClass classification = OffenceClasses.find(rs.getString("classification_code"))
                            .orElse(new OffenceClass(rs.getString("classification_code"), false, false));
                    long victim = rs.getLong("victim_id");
                    List<String> victims = rs.wasNull() ? List.of() : List.of(String.valueOf(victim));
                    parts.get(rs.getLong("incident_id")).crimes.add(new CrimeRecord(rs.getString("reference"),
                            classification, victims, null, instant(rs, "offence_from"), instant(rs, "offence_to"),
                            instant(rs, "reported_at"), instant(rs, "recorded_at"), rs.getString("status"),
                            flags(rs.getArray("flags")), null, rs.getBoolean("named_suspect"), null,
                            rs.getBoolean("indictable_only") ? "INDICTABLE_ONLY" : null));
                    references.put(rs.getLong("id"), rs.getString("reference"));
                    return null;
                }).list();
        return references;
    }

    /**
     * Applied outcomes, dated when applied. The authoriser is the highest role that granted an authorisation, as the
     * catalogue's ranks: {@link #rank(int)}; none when the outcome needed none.
     */
    private void loadOutcomes(Map<Long, Parts> parts, long from, long to) {
        jdbc.sql("""
                select o.id, c.incident_id, c.reference as crime_reference, o.outcome_type_code, o.applied_at,
                    o.previous_offences,
                    (select max(case when exists (select 1 from authorities au where au.username = a.authorised_by
                                and au.authority = 'FCR') then 4
                            when a.authorised_role = 'CRIME_REGISTRAR' then 3
                            when a.authorised_role = 'SUPERVISOR' then 2 else 1 end)
                        from outcome_authorisation a where a.outcome_id = o.id and a.granted) as authorised
                from crime_outcome o join crime c on c.id = o.crime_id
                where c.incident_id between :from and :to and o.status = 'APPLIED' order by o.id""")
                .param("from", from).param("to", to).query((rs, row) -> {
                    int authorised = rs.getInt("authorised");
                    Integer previous = rs.getObject("previous_offences", Integer.class);
                    parts.get(rs.getLong("incident_id")).outcomes.add(new OutcomeRecord("O" + rs.getLong("id"),
                            rs.getString("crime_reference"), rs.getString("outcome_type_code"),
                            instant(rs, "applied_at"), rank(authorised), previous));
                    return null;
                }).list();
    }

    /**
     * The application's authorising roles as the catalogue's ranks: a supervisor authorises at inspector level (the
     * outcome policies let a supervisor authorise what OUT26 gives an inspector), the registrar's team as the force's
     * senior authority (what the policies give the registrar, the catalogue asks of a superintendent), and a holder of
     * the FCR authority as the Force Crime Registrar. 0 is no authorisation.
     */
    static String rank(int authorised) {
        return switch (authorised) {
            case 4 -> "FCR";
            case 3 -> "SUPERINTENDENT";
            case 2 -> "INSPECTOR";
            case 1 -> "OFFICER";
            default -> null;
        };
    }

    private void loadRemovals(Map<Long, Parts> parts, Map<Long, String> crimes, long from, long to) {
        jdbc.sql("""
                select r.id, c.incident_id, c.reference as crime_reference, r.cancellation_class, r.additional_information,
                    r.evidence_reference, r.decided_role, r.target_force, r.target_force_reference,
                    r.duplicate_of_reference, r.victim_told_at, r.decided_at, r.status,
                    exists (select 1 from authorities a where a.username = r.decided_by and a.authority = 'FCR') as fcr
                from crime_removal r join crime c on c.id = r.crime_id
                where c.incident_id between :from and :to order by r.id""")
                .param("from", from).param("to", to).query((rs, row) -> {
                    String information = rs.getString("additional_information");
                    parts.get(rs.getLong("incident_id")).cancellations.add(new CancellationRecord(
                            "R" + rs.getLong("id"), rs.getString("crime_reference"), rs.getString("cancellation_class"),
                            information, decider(rs.getString("decided_role"), rs.getBoolean("fcr")),
                            rs.getString("target_force"), rs.getString("target_force_reference"),
                            rs.getString("duplicate_of_reference"), instant(rs, "victim_told_at"),
                            instant(rs, "decided_at"), rs.getString("status")));
                    return null;
                }).list();
    }

    private void loadReclassifications(Map<Long, Parts> parts, Map<Long, String> crimes, long from, long to) {
        jdbc.sql("""
                select r.id, c.incident_id, c.reference as crime_reference, r.from_code, r.to_code, r.downgrade, r.reason,
                    r.decided_role, r.decided_at, r.status,
                    exists (select 1 from authorities a where a.username = r.decided_by and a.authority = 'FCR') as fcr
                from crime_reclassification r join crime c on c.id = r.crime_id
                where c.incident_id between :from and :to order by r.id""")
                .param("from", from).param("to", to).query((rs, row) -> {
                    parts.get(rs.getLong("incident_id")).reclassifications.add(new ReclassificationRecord(
                            "RC" + rs.getLong("id"), rs.getString("crime_reference"), rs.getString("from_code"),
                            rs.getString("to_code"), rs.getBoolean("downgrade"), rs.getString("reason"),
                            decider(rs.getString("decided_role"), rs.getBoolean("fcr")), instant(rs, "decided_at"),
                            rs.getString("status")));
                    return null;
                }).list();
    }

    /** The application's roles as the catalogue's deciders: the registrar role is a DDM unless it holds FCR authority. */
    static String decider(String role, boolean fcr) {
        if (role == null) {
            return null;
        }
        if (fcr) {
            return "FCR";
        }
        return switch (role) {
            case "CRIME_REGISTRAR" -> "DDM";
            case "SUPERVISOR" -> "SUPERVISOR";
            case "OFFICER" -> "OFFICER";
            default -> "OTHER";
        };
    }

    private static Set<String> flags(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(java.util.Arrays.asList((String[]) array.getArray()));
    }
}
