package org.crimeledger.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Fluent, mutable test data for the catalogue: start from a valid baseline record set and change one thing.
 * Every field mirrors the input model, so a variant reads as the one fact it breaks.
 */
final class RecordSetBuilder {

    static final Instant RECEIVED = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant AS_OF = Instant.parse("2026-06-01T09:00:00Z");
    static final RuleSettings SETTINGS = RuleSettings.defaults(AS_OF);

    String reference = "INC-1";
    Instant receivedAt = RECEIVED;
    boolean crimeRelated = true;
    String reporterRelation = "VICTIM";
    String reportedClassification;
    Instant closedAt = RECEIVED.plusSeconds(3 * 3600);
    Decision decision = new Decision();
    final List<Victim> victims = new ArrayList<>();
    final List<Crime> crimes = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();
    final List<Cancellation> cancellations = new ArrayList<>();
    final List<Reclassification> reclassifications = new ArrayList<>();

    static final class Decision {
        String kind = "CRIMES_RECORDED";
        String noCrimeReason;
        String explanation;
        String n100Subcode;
        String transferForce;
        Instant decidedAt = RECEIVED.plusSeconds(2 * 3600);

        DecisionRecord build() {
            return new DecisionRecord(kind, noCrimeReason, explanation, n100Subcode, transferForce, decidedAt);
        }
    }

    static final class Victim {
        String id = "V1";
        String personKey = "ALEX SMITH|1980-05-01";
        LocalDate dateOfBirth = LocalDate.of(1980, 5, 1);

        VictimRecord build() {
            return new VictimRecord(id, personKey, dateOfBirth);
        }
    }

    static final class Crime {
        String reference = "CR-1";
        String classification = "8N";
        List<String> victimIds = new ArrayList<>(List.of("V1"));
        String offenderGroup = "1";
        Instant offenceFrom = RECEIVED.minusSeconds(2 * 3600);
        Instant offenceTo = RECEIVED.minusSeconds(3600);
        Instant reportedAt = RECEIVED;
        Instant recordedAt = RECEIVED.plusSeconds(2 * 3600);
        String status = "RECORDED";
        Set<String> flags = new LinkedHashSet<>();
        String relationship = "ACQUAINTANCE";
        boolean namedSuspect = true;
        LocalDate suspectDateOfBirth = LocalDate.of(1985, 1, 1);
        String modeOfTrial = "EITHER_WAY";

        CrimeRecord build() {
            return new CrimeRecord(reference, OffenceClasses.find(classification).orElseThrow(), victimIds, offenderGroup,
                    offenceFrom, offenceTo, reportedAt, recordedAt, status, flags, relationship, namedSuspect,
                    suspectDateOfBirth, modeOfTrial);
        }
    }

    static final class Outcome {
        String reference = "OUT-1";
        String crimeReference = "CR-1";
        String type = "1";
        Instant outcomeAt = RECEIVED.plusSeconds(30L * 86400);
        String authorisedRank = "SERGEANT";
        Integer suspectPreviousOffences = 0;

        OutcomeRecord build() {
            return new OutcomeRecord(reference, crimeReference, type, outcomeAt, authorisedRank, suspectPreviousOffences);
        }
    }

    static final class Cancellation {
        String reference = "CAN-1";
        String crimeReference = "CR-1";
        String cancellationClass = "C2";
        String additionalInformation = "CCTV obtained on 3 March shows no assault took place.";
        String decidedBy = "DDM";
        String targetForce;
        String targetForceReference;
        String duplicateOf;
        Instant victimToldAt = RECEIVED.plusSeconds(5L * 86400);
        Instant decidedAt = RECEIVED.plusSeconds(6L * 86400);
        String status = "APPROVED";

        CancellationRecord build() {
            return new CancellationRecord(reference, crimeReference, cancellationClass, additionalInformation, decidedBy,
                    targetForce, targetForceReference, duplicateOf, victimToldAt, decidedAt, status);
        }
    }

    static final class Reclassification {
        String reference = "RC-1";
        String crimeReference = "CR-1";
        String fromCode = "8N";
        String toCode = "105A";
        boolean downgrade = true;
        String reason = "Medical evidence received on 4 March shows no injury.";
        String decidedBy = "DDM";
        Instant decidedAt = RECEIVED.plusSeconds(3L * 86400);
        String status = "APPLIED";

        ReclassificationRecord build() {
            return new ReclassificationRecord(reference, crimeReference, fromCode, toCode, downgrade, reason, decidedBy,
                    decidedAt, status);
        }
    }

    /** A report of an assault with injury by an acquaintance, decided and recorded in two hours. */
    static RecordSetBuilder recordedCrime() {
        RecordSetBuilder set = new RecordSetBuilder();
        set.victims.add(new Victim());
        set.crimes.add(new Crime());
        return set;
    }

    /** A report decided as no crime, with a reason of the standard and an explanation. */
    static RecordSetBuilder noCrime() {
        RecordSetBuilder set = new RecordSetBuilder();
        set.decision.kind = "NO_CRIME";
        set.decision.noCrimeReason = "CREDIBLE_EVIDENCE_TO_THE_CONTRARY";
        set.decision.explanation = "CCTV viewed at the scene shows the reported assault did not happen.";
        set.victims.add(new Victim());
        return set;
    }

    /** A recorded crime cancelled as C2 by a Designated Decision Maker on documented AVI, victim told first. */
    static RecordSetBuilder cancelledCrime() {
        RecordSetBuilder set = recordedCrime();
        set.crimes.get(0).status = "CANCELLED";
        set.cancellations.add(new Cancellation());
        return set;
    }

    /** A recorded crime charged, with a named suspect. */
    static RecordSetBuilder outcomeGiven() {
        RecordSetBuilder set = recordedCrime();
        set.crimes.get(0).status = "FINALISED";
        set.outcomes.add(new Outcome());
        return set;
    }

    /** A recorded crime downgraded by a Designated Decision Maker on medical evidence. */
    static RecordSetBuilder downgradedCrime() {
        RecordSetBuilder set = recordedCrime();
        set.crimes.get(0).classification = "105A";
        set.reclassifications.add(new Reclassification());
        return set;
    }

    RecordSetBuilder with(Consumer<RecordSetBuilder> change) {
        change.accept(this);
        return this;
    }

    Crime crime() {
        return crimes.get(0);
    }

    RecordSet build() {
        return new RecordSet(new IncidentRecord(reference, receivedAt, crimeRelated, reporterRelation, reportedClassification,
                closedAt), decision == null ? null : decision.build(), victims.stream().map(Victim::build).toList(),
                crimes.stream().map(Crime::build).toList(), outcomes.stream().map(Outcome::build).toList(),
                cancellations.stream().map(Cancellation::build).toList(),
                reclassifications.stream().map(Reclassification::build).toList());
    }
}
