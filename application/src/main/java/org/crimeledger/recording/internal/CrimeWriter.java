package org.crimeledger.recording.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.crimeledger.database.Timestamps;
import org.crimeledger.incidents.Incident;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.ledger.Snapshotted;
import org.crimeledger.recording.DecisionRequest;
import org.crimeledger.rules.Classification;
import org.crimeledger.rules.CountingDecision;
import org.crimeledger.rules.ProposedCrime;
import org.crimeledger.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what a "crimes recorded" decision makes: the victims first, then one crime for each crime
 * the counting rules proposed, then the suspects on each; every row ledgered as it is written.
 */
@Component
public class CrimeWriter {

    private final JdbcClient jdbc;
    private final Ledger ledger;

    CrimeWriter(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> record(Incident incident, DecisionRequest request, CountingDecision counting,
            CrimeReferences.Numbering numbering, Actor actor, Instant now) {
        List<Long> victimIds = recordVictims(incident, request, actor, now);
        List<Long> crimeIds = new ArrayList<>();
        for (int i = 0; i < counting.crimes().size(); i++) {
            ProposedCrime proposed = counting.crimes().get(i);
            Long victimId = proposed.victimKey().map(key -> victimIds.get(Integer.parseInt(key) - 1)).orElse(null);
            Snapshotted<Long> crime = insertCrime(incident, request, proposed, numbering, victimId, actor, now);
            long crimeId = crime.row();
            crimeIds.add(crimeId);
            ledger.recordChange(LedgeredChange.created(actor, "CrimeRecorded", "crime", crimeId, proposed.rationale()),
                    crime.snapshot());
            for (DecisionRequest.SuspectInput suspect : request.suspects()) {
                Snapshotted<Long> added = jdbc.sql("""
                        insert into suspect (crime_id, name, description) values (:crime, :name, :description)
                        returning id, to_jsonb(suspect)::text as ledger_snapshot""")
                        .param("crime", crimeId).param("name", suspect.name()).param("description", suspect.description())
                        .query(Snapshotted.ofId()).single();
                ledger.recordChange(LedgeredChange.created(actor, "SuspectAdded", "suspect", added.row(), null),
                        added.snapshot());
            }
        }
        return crimeIds;
    }

    /** Writes the decision's victims, in the order given; also for a decision not to record, so they can be told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> recordVictims(Incident incident, DecisionRequest request, Actor actor, Instant now) {
        List<Long> victimIds = new ArrayList<>();
        for (DecisionRequest.VictimInput victim : request.victims()) {
            Snapshotted<Long> added = jdbc.sql("""
                    insert into victim (incident_id, name, date_of_birth, contact, added_by, added_at)
                    values (:incident, :name, :dob, :contact, :by, :at)
                    returning id, to_jsonb(victim)::text as ledger_snapshot""")
                    .param("incident", incident.id()).param("name", victim.name().strip())
                    .param("dob", victim.dateOfBirth()).param("contact", victim.contact())
                    .param("by", actor.username()).param("at", Timestamps.of(now))
                    .query(Snapshotted.ofId()).single();
            victimIds.add(added.row());
            ledger.recordChange(LedgeredChange.created(actor, "VictimAdded", "victim", added.row(), null), added.snapshot());
        }
        return victimIds;
    }

    private Snapshotted<Long> insertCrime(Incident incident, DecisionRequest request, ProposedCrime proposed,
            CrimeReferences.Numbering numbering, Long victimId, Actor actor, Instant now) {
        String rules = proposed.rulesApplied().stream().map(rule -> rule.code() + " " + rule.reference())
                .collect(Collectors.joining("; "));
        return jdbc.sql("""
                insert into crime (reference, incident_id, classification_code, victim_id, offence_from, offence_to,
                    reported_at, recorded_at, recorded_by, status, related_classifications, flags, counting_rationale)
                values (""" + CrimeReferences.Numbering.EXPRESSION + """
                    , :incident, :code, :victim, :from, :to, :reported, :recorded, :by, 'RECORDED',
                    :related, :flags, :rationale)
                returning id, to_jsonb(crime)::text as ledger_snapshot""")
                .param("referencePrefix", numbering.prefix()).param("referenceCounter", numbering.counter())
                .param("incident", incident.id())
                .param("code", proposed.principal().code()).param("victim", victimId)
                .param("from", Timestamps.of(request.offenceFrom())).param("to", Timestamps.of(request.offenceTo()))
                .param("reported", Timestamps.of(incident.crimeDisclosedAt())).param("recorded", Timestamps.of(now))
                .param("by", actor.username())
                .param("related", proposed.related().stream().map(Classification::code).toArray(String[]::new))
                .param("flags", request.flags().toArray(String[]::new))
                .param("rationale", proposed.rationale() + (rules.isEmpty() ? "" : " [" + rules + "]"))
                .query(Snapshotted.ofId()).single();
    }
}
