package org.crimeledger.recording;

import static org.crimeledger.database.Timestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.crimeledger.database.Timestamps;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.recording.internal.ChangeScreening;
import org.crimeledger.rules.ReclassificationRecord;
import org.crimeledger.rules.RuleFinding;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.security.Role;
import org.crimeledger.standards.OffenceClassification;
import org.crimeledger.standards.ReferenceData;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reclassifying crimes. Upgrades and same-group changes apply at once; downgrades, the gaming
 * Parliament named in 2014, need a CRIME_REGISTRAR decision, and the history keeps every step.
 */
@Service
public class Reclassifying {

    private final JdbcClient jdbc;
    private final Crimes crimes;
    private final ReferenceData referenceData;
    private final Ledger ledger;
    private final Clock clock;

    private final ChangeScreening screening;

    Reclassifying(JdbcClient jdbc, Crimes crimes, ReferenceData referenceData, Ledger ledger, Clock clock,
            ChangeScreening screening, NeedToKnow needToKnow) {
        this.needToKnow = needToKnow;
        this.screening = screening;
        this.jdbc = jdbc;
        this.crimes = crimes;
        this.referenceData = referenceData;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public Reclassification propose(long crimeId, int expectedVersion, String toCode, String reason, Actor actor) {
        Crime crime = crimes.requireVersion(crimeId, expectedVersion);
        if (!crime.status().countsInRecordedCrime()) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Crime removed", "crimeId", crimeId,
                    "A " + crime.status().label().toLowerCase() + " crime cannot be reclassified");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Invalid request", "reason", reason,
                    "Give the reason for the reclassification");
        }
        OffenceClassification from = referenceData.offenceClassification(crime.classificationCode()).orElseThrow();
        OffenceClassification to = referenceData.offenceClassification(toCode).orElseThrow(() -> new InvalidRequestException(
                HttpStatus.UNPROCESSABLE_ENTITY, "Unknown classification", "toCode", toCode,
                "No offence classification has the code '" + toCode + "'"));
        if (to.code().equals(from.code())) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Same classification", "toCode", toCode,
                    "The crime is already classified as " + toCode);
        }
        if (!referenceData.inForce(to.code(), referenceData.dateOf(crime.reportedAt()))) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Classification not in force", "toCode",
                    toCode, to.code() + " was not in force on " + referenceData.dateOf(crime.reportedAt())
                            + ", when the crime was reported");
        }
        if (to.victimBased() != (crime.victimId() != null)) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Victim mismatch", "toCode", toCode,
                    to.victimBased() ? to.code() + " is victim-based but this crime has no victim"
                            : to.code() + " is state-based but this crime has a victim");
        }
        if (!forCrime(crimeId).stream().filter(r -> "PROPOSED".equals(r.status())).toList().isEmpty()) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Proposal pending", "crimeId", crimeId,
                    "A reclassification of this crime is already waiting for a decision");
        }
        boolean downgrade = to.seriousnessRank() > from.seriousnessRank()
                || !to.offenceGroupCode().equals(from.offenceGroupCode());
        boolean applyNow = !downgrade || actor.has(Role.CRIME_REGISTRAR);
        Instant now = clock.instant();
        ReclassificationRecord change = new ReclassificationRecord("proposed reclassification", crime.reference(),
                from.code(), to.code(), downgrade, reason.strip(), applyNow ? ChangeScreening.decider(actor) : null,
                applyNow ? now : null, applyNow ? "APPLIED" : "PROPOSED");
        List<RuleFinding> warnings = screening.refuseErrors(crime.incidentId(), records -> records.with(change), "toCode");
        long id = jdbc.sql("""
                insert into crime_reclassification (crime_id, from_code, to_code, downgrade, reason, proposed_by,
                    proposed_role, proposed_at, status, decided_by, decided_role, decided_at)
                values (:crime, :from, :to, :downgrade, :reason, :by, :role, :at, :status, :decidedBy, :decidedRole, :decidedAt)
                returning id""")
                .param("crime", crimeId).param("from", from.code()).param("to", to.code()).param("downgrade", downgrade)
                .param("reason", reason.strip()).param("by", actor.username()).param("role", actor.role().name())
                .param("at", Timestamps.of(clock.instant())).param("status", applyNow ? "APPLIED" : "PROPOSED")
                .param("decidedBy", applyNow ? actor.username() : null)
                .param("decidedRole", applyNow ? actor.role().name() : null)
                .param("decidedAt", applyNow ? Timestamps.of(clock.instant()) : null)
                .query(Long.class).single();
        screening.keepWarnings(crime.incidentId(), warnings, reason.strip(), actor, now);
        ledger.recordChange(LedgeredChange.created(actor, applyNow ? "ReclassificationMade" : "ReclassificationProposed",
                "crime_reclassification", id, reason));
        if (applyNow) {
            apply(crimeId, to.code(), reason, actor);
        }
        return require(id);
    }

    @Transactional
    public Reclassification decide(long reclassificationId, boolean approve, String note, Actor actor) {
        if (!actor.has(Role.CRIME_REGISTRAR)) {
            throw new InvalidRequestException(HttpStatus.FORBIDDEN, "Registrar decision", "decision", approve,
                    "Only the Force Crime Registrar or a Designated Decision Maker may decide a downgrade");
        }
        Reclassification proposal = require(reclassificationId);
        if (!"PROPOSED".equals(proposal.status())) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Already decided", "reclassificationId",
                    reclassificationId, "This reclassification was already " + proposal.status().toLowerCase());
        }
        Crime crime = crimes.require(proposal.crimeId());
        if (approve && !crime.classificationCode().equals(proposal.fromCode())) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Crime changed", "reclassificationId",
                    reclassificationId, "The crime is no longer classified as " + proposal.fromCode());
        }
        String before = ledger.snapshot("crime_reclassification", reclassificationId).orElseThrow();
        jdbc.sql("""
                update crime_reclassification set status = :status, decided_by = :by, decided_role = :role,
                    decided_at = :at, decision_note = :note where id = :id""")
                .param("status", approve ? "APPLIED" : "REJECTED").param("by", actor.username())
                .param("role", actor.role().name()).param("at", Timestamps.of(clock.instant()))
                .param("note", note).param("id", reclassificationId).update();
        ledger.recordChange(LedgeredChange.changed(actor, approve ? "ReclassificationApproved" : "ReclassificationRejected",
                "crime_reclassification", reclassificationId, note, before));
        if (approve) {
            apply(proposal.crimeId(), proposal.toCode(), proposal.reason(), actor);
        }
        return require(reclassificationId);
    }

    public List<Reclassification> forCrime(long crimeId) {
        return jdbc.sql("select * from crime_reclassification where crime_id = :id order by proposed_at, id")
                .param("id", crimeId).query(Reclassifying::row).list();
    }

    /** Proposals waiting for the registrar, on crimes this person may see ({@link NeedToKnow}). */
    public List<Reclassification> awaitingDecision(Actor actor) {
        return needToKnow.reader(actor).bind(jdbc.sql("""
                select p.* from crime_reclassification p join crime c on c.id = p.crime_id
                    join offence_classification o on o.code = c.classification_code
                where p.status = 'PROPOSED' and """ + NeedToKnow.crimeVisibleSql("c", "o") + """

                order by p.proposed_at, p.id"""))
                .query(Reclassifying::row).list();
    }

    private final NeedToKnow needToKnow;

    private void apply(long crimeId, String toCode, String reason, Actor actor) {
        String before = ledger.snapshot("crime", crimeId).orElseThrow();
        jdbc.sql("update crime set classification_code = :to, version = version + 1 where id = :id")
                .param("to", toCode).param("id", crimeId).update();
        ledger.recordChange(LedgeredChange.changed(actor, "CrimeReclassified", "crime", crimeId, reason, before));
    }

    private Reclassification require(long id) {
        return jdbc.sql("select * from crime_reclassification where id = :id").param("id", id)
                .query(Reclassifying::row).optional()
                .orElseThrow(() -> InvalidRequestException.unknown("reclassificationId", id, "reclassification"));
    }

    private static Reclassification row(ResultSet rs, int row) throws SQLException {
        return new Reclassification(rs.getLong("id"), rs.getLong("crime_id"), rs.getString("from_code"),
                rs.getString("to_code"), rs.getBoolean("downgrade"), rs.getString("reason"), rs.getString("proposed_by"),
                rs.getString("proposed_role"), instant(rs, "proposed_at"), rs.getString("status"),
                rs.getString("decided_by"), rs.getString("decided_role"), instant(rs, "decided_at"),
                rs.getString("decision_note"));
    }
}
