package org.crimeledger.ledger.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crimeledger.ledger.LedgerEntry;
import org.crimeledger.ledger.PersonalDataAccess;
import org.crimeledger.security.NeedToKnow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which ledger entries and logged reads are about a restricted record ({@link NeedToKnow}), so that the ledger page
 * withholds what they say from someone without need-to-know (an administrator checking the chain). A record counts
 * as restricted when the incident it belongs to is: its crimes, suspects, outcomes, reclassifications, removals,
 * decision, updates, victims and their tasks, contacts and assessments, and audit judgements of it.
 */
@Component
class RestrictedEntries {

    /** The incident a ledger entry's record belongs to, by record type; null for records of no incident. */
    private static final String INCIDENT_OF_ENTRY = """
            case when e.record_id !~ '^[0-9]+$' then null
                 else case e.record_type
                 when 'incident' then cast(e.record_id as bigint)
                 when 'crime' then (select incident_id from crime where id = cast(e.record_id as bigint))
                 when 'suspect' then (select c.incident_id from suspect s join crime c on c.id = s.crime_id
                                      where s.id = cast(e.record_id as bigint))
                 when 'crime_outcome' then (select c.incident_id from crime_outcome r join crime c on c.id = r.crime_id
                                            where r.id = cast(e.record_id as bigint))
                 when 'crime_reclassification' then (select c.incident_id from crime_reclassification r
                                                     join crime c on c.id = r.crime_id where r.id = cast(e.record_id as bigint))
                 when 'crime_removal' then (select c.incident_id from crime_removal r join crime c on c.id = r.crime_id
                                            where r.id = cast(e.record_id as bigint))
                 when 'satisfaction_response' then (select c.incident_id from satisfaction_response r
                                                    join crime c on c.id = r.crime_id where r.id = cast(e.record_id as bigint))
                 when 'recording_decision' then (select incident_id from recording_decision
                                                 where id = cast(e.record_id as bigint))
                 when 'incident_update' then (select incident_id from incident_update where id = cast(e.record_id as bigint))
                 when 'victim' then (select incident_id from victim where id = cast(e.record_id as bigint))
                 when 'victim_task' then (select incident_id from victim_task where id = cast(e.record_id as bigint))
                 when 'victim_contact' then (select v.incident_id from victim_contact r join victim v on v.id = r.victim_id
                                             where r.id = cast(e.record_id as bigint))
                 when 'victim_needs_assessment' then (select v.incident_id from victim_needs_assessment r
                                                      join victim v on v.id = r.victim_id where r.id = cast(e.record_id as bigint))
                 when 'victim_contact_preference' then (select v.incident_id from victim_contact_preference r
                                                        join victim v on v.id = r.victim_id where r.id = cast(e.record_id as bigint))
                 when 'audit_judgement' then (select s.incident_id from audit_judgement r
                                              join audit_sample_item s on s.id = r.item_id where r.id = cast(e.record_id as bigint))
                 end end""";

    /** The incident a logged read is about: crimes and incidents are logged by reference, victims by id. */
    private static final String INCIDENT_OF_READ = """
            case e.record_type
                 when 'incident' then (select id from incident where reference = e.record_id)
                 when 'crime' then (select incident_id from crime where reference = e.record_id)
                 when 'victim' then case when e.record_id ~ '^[0-9]+$'
                     then (select incident_id from victim where id = cast(e.record_id as bigint)) end
                 end""";

    private final JdbcClient jdbc;

    RestrictedEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sequences of the entries about a restricted record. */
    Set<Long> entries(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select e.sequence from ledger_entry e where e.sequence in (:sequences) and "
                        + restricted(INCIDENT_OF_ENTRY))
                .param("sequences", entries.stream().map(LedgerEntry::sequence).toList())
                .query(Long.class).list());
    }

    /**
     * The references of the restricted incidents these entries are about, once each, in the order of the entries: what
     * the ledger page logs as read for someone with need-to-know, since an entry's reason tells what happened to the
     * record (a downgrade's reason, a cancellation's explanation).
     */
    List<String> incidents(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select i.reference from ledger_entry e join incident i on i.id = (" + INCIDENT_OF_ENTRY
                        + ") where e.sequence in (:sequences) and " + NeedToKnow.restrictedIncidentSql("i")
                        + " group by i.reference order by max(e.sequence) desc")
                .param("sequences", entries.stream().map(LedgerEntry::sequence).toList())
                .query(String.class).list();
    }

    /** The ids of the logged reads of a restricted record. */
    Set<Long> reads(List<PersonalDataAccess> reads) {
        if (reads.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select e.id from personal_data_access e where e.id in (:ids) and "
                        + restricted(INCIDENT_OF_READ))
                .param("ids", reads.stream().map(PersonalDataAccess::id).toList())
                .query(Long.class).list());
    }

    private static String restricted(String incidentOf) {
        return "exists (select 1 from incident i where i.id = (" + incidentOf + ") and "
                + NeedToKnow.restrictedIncidentSql("i") + ")";
    }
}
