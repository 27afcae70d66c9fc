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
import org.crimeledger.rules.CancellationRecord;
import org.crimeledger.rules.RuleFinding;
import org.crimeledger.recording.internal.RemovalRequirements;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.security.Role;
import org.crimeledger.standards.CancellationClass;
import org.crimeledger.standards.OffenceClassification;
import org.crimeledger.standards.OffenceGroup;
import org.crimeledger.standards.ReferenceData;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancelling and transferring recorded crimes: an investigator proposes, a registrar independent of
 * the investigation decides (CRR26 p.25), and for sexual offences and homicide only the Force Crime
 * Registrar. One in five cancellations was wrong in 2014; every step is kept and shown.
 */
@Service
public class Removing {

    private final JdbcClient jdbc;
    private final Crimes crimes;
    private final ReferenceData referenceData;
    private final Ledger ledger;
    private final Clock clock;

    private final ChangeScreening screening;

    Removing(JdbcClient jdbc, Crimes crimes, ReferenceData referenceData, Ledger ledger, Clock clock,
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
    public Removal propose(long crimeId, int expectedVersion, RemovalProposal proposal, Actor actor) {
        Crime crime = crimes.requireVersion(crimeId, expectedVersion);
        CancellationClass cancellation = cancellationClass(proposal.cancellationClass());
        OffenceClassification classification = referenceData.offenceClassification(crime.classificationCode()).orElseThrow();
        Instant now = clock.instant();
        RemovalRequirements.firstMissing(cancellation, proposal, classification, now).ifPresent(missing -> {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Cancellation incomplete",
                    missing.field(), null, missing.reason());
        });
        if (!crime.status().countsInRecordedCrime()) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Already removed", "crimeId", crimeId,
                    "This crime is already " + crime.status().label().toLowerCase());
        }
        if (cancellation == CancellationClass.C3) {
            requireLiveOtherCrime(crime, proposal.duplicateOfReference());
        }
        if (!forCrime(crimeId).stream().filter(r -> "PROPOSED".equals(r.status())).toList().isEmpty()) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Proposal pending", "crimeId", crimeId,
                    "A cancellation or transfer of this crime is already waiting for a decision");
        }
        CancellationRecord proposed = new CancellationRecord("proposed removal", crime.reference(), cancellation.name(),
                proposal.additionalInformation(), null, proposal.targetForce(), proposal.targetForceReference(),
                proposal.duplicateOfReference(), proposal.victimToldAt(), null, "PROPOSED");
        List<RuleFinding> warnings = screening.refuseErrors(crime.incidentId(), records -> records.with(proposed),
                "cancellationClass");
        long id = jdbc.sql("""
                insert into crime_removal (crime_id, cancellation_class, explanation, additional_information,
                    evidence_reference, target_force, target_force_reference, duplicate_of_reference, victim_told_at,
                    proposed_by, proposed_role, proposed_at, status)
                values (:crime, :class, :explanation, :avi, :evidence, :force, :forceRef, :duplicate, :told,
                    :by, :role, :at, 'PROPOSED') returning id""")
                .param("crime", crimeId).param("class", cancellation.name())
                .param("explanation", proposal.explanation().strip())
                .param("avi", proposal.additionalInformation()).param("evidence", proposal.evidenceReference())
                .param("force", proposal.targetForce()).param("forceRef", proposal.targetForceReference())
                .param("duplicate", proposal.duplicateOfReference())
                .param("told", Timestamps.of(proposal.victimToldAt()))
                .param("by", actor.username()).param("role", actor.role().name()).param("at", Timestamps.of(now))
                .query(Long.class).single();
        screening.keepWarnings(crime.incidentId(), warnings, proposal.explanation().strip(), actor, now);
        ledger.recordChange(LedgeredChange.created(actor, cancellation.isTransfer() ? "TransferProposed"
                : "CancellationProposed", "crime_removal", id, proposal.explanation()));
        return require(id);
    }

    @Transactional
    public Removal decide(long removalId, boolean approve, String note, Actor actor) {
        Removal removal = require(removalId);
        Crime crime = crimes.require(removal.crimeId());
        OffenceClassification classification = referenceData.offenceClassification(crime.classificationCode()).orElseThrow();
        requireAuthority(actor, removal, classification);
        if (!"PROPOSED".equals(removal.status())) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Already decided", "removalId", removalId,
                    "This proposal was already " + removal.status().toLowerCase());
        }
        String before = ledger.snapshot("crime_removal", removalId).orElseThrow();
        jdbc.sql("""
                update crime_removal set status = :status, decided_by = :by, decided_role = :role, decided_at = :at,
                    decision_note = :note where id = :id""")
                .param("status", approve ? "APPROVED" : "REJECTED").param("by", actor.username())
                .param("role", actor.role().name()).param("at", Timestamps.of(clock.instant()))
                .param("note", note).param("id", removalId).update();
        ledger.recordChange(LedgeredChange.changed(actor, approve ? "RemovalApproved" : "RemovalRejected",
                "crime_removal", removalId, note, before));
        if (approve) {
            boolean transfer = CancellationClass.valueOf(removal.cancellationClass()).isTransfer();
            crimes.changeStatus(crime.id(), transfer ? CrimeStatus.TRANSFERRED : CrimeStatus.CANCELLED,
                    transfer ? "CrimeTransferred" : "CrimeCancelled", removal.cancellationClass() + ": " + removal.explanation(),
                    actor);
        }
        return require(removalId);
    }

    public List<Removal> forCrime(long crimeId) {
        return jdbc.sql("select * from crime_removal where crime_id = :id order by proposed_at, id")
                .param("id", crimeId).query(Removing::row).list();
    }

    /** Proposals waiting for the registrar, on crimes this person may see ({@link NeedToKnow}). */
    public List<Removal> awaitingDecision(Actor actor) {
        return needToKnow.reader(actor).bind(jdbc.sql("""
                select p.* from crime_removal p join crime c on c.id = p.crime_id
                    join offence_classification o on o.code = c.classification_code
                where p.status = 'PROPOSED' and """ + NeedToKnow.crimeVisibleSql("c", "o") + """

                order by p.proposed_at, p.id"""))
                .query(Removing::row).list();
    }

    private final NeedToKnow needToKnow;

    /** Sexual offences and homicide: the Force Crime Registrar alone (CRR26 p.25; OUT26 p.29). */
    static boolean forceCrimeRegistrarOnly(OffenceClassification classification) {
        return OffenceGroup.SEXUAL_OFFENCES.name().equals(classification.offenceGroupCode())
                || "Homicide".equalsIgnoreCase(classification.offenceSubgroup());
    }

    private static void requireAuthority(Actor actor, Removal removal, OffenceClassification classification) {
        if (!actor.has(Role.CRIME_REGISTRAR)) {
            throw refused("Only the Force Crime Registrar or a Designated Decision Maker may decide a cancellation or transfer");
        }
        if (actor.username().equals(removal.proposedBy())) {
            throw refused("The decision must be made by someone other than the person who proposed it");
        }
        if (forceCrimeRegistrarOnly(classification) && !actor.forceCrimeRegistrar()) {
            throw refused("Only the Force Crime Registrar may cancel or transfer a " + classification.name().toLowerCase()
                    + " (" + classification.code() + ")");
        }
    }

    private void requireLiveOtherCrime(Crime crime, String reference) {
        Crime other = crimes.findByReference(reference).orElseThrow(() -> new InvalidRequestException(
                HttpStatus.UNPROCESSABLE_ENTITY, "Unknown crime", "duplicateOfReference", reference,
                "No crime has the reference '" + reference + "'"));
        if (other.id() == crime.id() || !other.status().countsInRecordedCrime()) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Not a live duplicate",
                    "duplicateOfReference", reference, "A duplicate must point to another crime that is still recorded");
        }
    }

    private static CancellationClass cancellationClass(String code) {
        try {
            return CancellationClass.valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown cancellation class",
                    "cancellationClass", code, "The cancellation class must be one of C1 to C5");
        }
    }

    private static InvalidRequestException refused(String reason) {
        return new InvalidRequestException(HttpStatus.FORBIDDEN, "Not your decision", "decision", null, reason);
    }

    private Removal require(long id) {
        return jdbc.sql("select * from crime_removal where id = :id").param("id", id).query(Removing::row).optional()
                .orElseThrow(() -> InvalidRequestException.unknown("removalId", id, "cancellation or transfer"));
    }

    private static Removal row(ResultSet rs, int row) throws SQLException {
        return new Removal(rs.getLong("id"), rs.getLong("crime_id"), rs.getString("cancellation_class"),
                rs.getString("explanation"), rs.getString("additional_information"), rs.getString("evidence_reference"),
                rs.getString("target_force"), rs.getString("target_force_reference"),
                rs.getString("duplicate_of_reference"), instant(rs, "victim_told_at"), rs.getString("proposed_by"),
                rs.getString("proposed_role"), instant(rs, "proposed_at"), rs.getString("status"),
                rs.getString("decided_by"), rs.getString("decided_role"), instant(rs, "decided_at"),
                rs.getString("decision_note"));
    }
}
