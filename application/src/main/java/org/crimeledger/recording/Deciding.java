package org.crimeledger.recording;

import static org.crimeledger.database.Timestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crimeledger.database.Timestamps;
import org.crimeledger.incidents.Incident;
import org.crimeledger.incidents.Incidents;
import org.crimeledger.incidents.OpenIncident;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.ledger.Snapshotted;
import org.crimeledger.recording.internal.CountingInputs;
import org.crimeledger.recording.internal.CrimeReferences;
import org.crimeledger.recording.internal.CrimeWriter;
import org.crimeledger.recording.internal.DecisionChecks;
import org.crimeledger.rules.CountingDecision;
import org.crimeledger.rules.CountingRuleCode;
import org.crimeledger.rules.CountingRules;
import org.crimeledger.rules.RuleFinding;
import org.crimeledger.rules.RuleSeverity;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The crime-recording decision: every crime-related incident gets exactly one, recorded with who
 * decided, when and on what information. Recording crimes asks for the victims first and lets the
 * counting rules propose one crime per victim and the principal crime. All of it is one transaction:
 * a failure half-way through recording several crimes leaves none.
 */
@Service
public class Deciding {

    /** Findings that mean the report cannot be recorded as stated, rather than something to look at. */
    private static final Set<CountingRuleCode> BLOCKING = Set.of(CountingRuleCode.VICTIM_NOT_IDENTIFIED,
            CountingRuleCode.STATE_BASED_OFFENCE_GIVEN_A_VICTIM);

    private final JdbcClient jdbc;
    private final Incidents incidents;
    private final CountingInputs countingInputs;
    private final CrimeWriter crimeWriter;
    private final DecisionChecks checks;
    private final Ledger ledger;
    private final Clock clock;
    private final CrimeReferences references;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    Deciding(JdbcClient jdbc, Incidents incidents, CountingInputs countingInputs, CrimeWriter crimeWriter,
            DecisionChecks checks, Ledger ledger, Clock clock, CrimeReferences references,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events, NeedToKnow needToKnow) {
        this.needToKnow = needToKnow;
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.countingInputs = countingInputs;
        this.crimeWriter = crimeWriter;
        this.checks = checks;
        this.ledger = ledger;
        this.clock = clock;
        this.references = references;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    private DecisionScreening screening;

    /** The Crime Recording Rules at the point of entry, when a module supplies them. */
    @Autowired(required = false)
    void screenWith(DecisionScreening screening) {
        this.screening = screening;
    }

    /** What recording these offences would make, without recording anything. */
    public CountingDecision propose(DecisionRequest request) {
        return CountingRules.apply(countingInputs.from(request));
    }

    /**
     * Makes the decision. Everything is checked before anything is written; then the decision, victims and crimes
     * are written in one transaction, each crime taking the next number of its year as it is inserted.
     */
    public RecordingDecision decide(long incidentId, DecisionRequest request, Actor actor) {
        return decide(incidents.find(incidentId)
                .orElseThrow(() -> InvalidRequestException.unknown("incidentId", incidentId, "incident")), request, actor);
    }

    /**
     * {@link #decide(long, DecisionRequest, Actor)} on an incident the caller has just read (the API reads it by its
     * reference): the request's version still has to match the incident's row when the decision is written.
     */
    public RecordingDecision decide(Incident incident, DecisionRequest request, Actor actor) {
        CountingDecision counting = count(request, incident.receivedAt());
        Incidents.requireAwaitingDecision(incident);
        Instant now = clock.instant();
        List<RuleFinding> warnings = screen(incident, request, counting, now);
        return transactions.execute(status -> write(incident, request, counting, warnings, actor, now))
                .decision();
    }

    /**
     * Records at the first point of contact, as the Crime Recording Rules prefer: opens the incident and makes its
     * decision in one transaction, with the same checks and ledger entries as opening it and deciding it one after
     * the other. If either is refused, neither is written.
     */
    public DecidedIncident openAndDecide(OpenIncident report, DecisionRequest request, Actor actor) {
        CountingDecision counting = count(request, report.receivedAt());
        return incidents.open(report, actor, incident -> {
            if (!incident.awaitingDecision()) {
                throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Not a crime-related report",
                        "incident.openingType", report.openingType(), "Opening type '" + report.openingType()
                                + "' is not crime-related, so there is no crime-recording decision to make");
            }
            Instant now = clock.instant();
            DecisionRequest onNewIncident = request.onVersion(incident.version());
            List<RuleFinding> warnings = screen(incident, onNewIncident, counting, now);
            return write(incident, onNewIncident, counting, warnings, actor, now);
        });
    }

    /** Checks the request and, when it records crimes, what the counting rules make of it; null otherwise. */
    private CountingDecision count(DecisionRequest request, Instant reportedAt) {
        checks.require(request);
        if (request.kind() != DecisionKind.CRIMES_RECORDED) {
            return null;
        }
        CountingDecision counting = propose(request);
        countingInputs.requireInForce(request, reportedAt);
        counting.findings().stream().filter(finding -> BLOCKING.contains(finding.code())).findFirst()
                .ifPresent(finding -> {
                    throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Cannot record as stated",
                            "offences", finding.code().code(), finding.detail());
                });
        return counting;
    }

    /** Refuses a decision that breaks a rule; returns the warnings, which need a reason. */
    private List<RuleFinding> screen(Incident incident, DecisionRequest request, CountingDecision counting, Instant now) {
        if (screening == null) {
            return List.of();
        }
        List<RuleFinding> findings = screening.screen(incident, request, counting, now);
        findings.stream().filter(finding -> finding.severity() == RuleSeverity.ERROR).findFirst().ifPresent(error -> {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Breaks the Crime Recording Rules",
                    "rules", error.code(), error.code() + ": " + error.rule().officerMessage() + " " + error.detail());
        });
        List<RuleFinding> warnings = findings.stream().filter(finding -> finding.severity() == RuleSeverity.WARNING)
                .toList();
        if (!warnings.isEmpty() && (request.warningsReason() == null || request.warningsReason().isBlank())) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Reason needed", "warningsReason",
                    null, "Give a reason to go ahead: " + String.join(" ", warnings.stream()
                            .map(w -> w.code() + ": " + w.rule().officerMessage()).toList()));
        }
        return warnings;
    }

    private DecidedIncident write(Incident incident, DecisionRequest request, CountingDecision counting,
            List<RuleFinding> warnings, Actor actor, Instant now) {
        long incidentId = incident.id();
        Incident decided = incidents.markDecided(incidentId, request.version(), actor);
        Instant deadline = incident.decisionDueAt();
        long delay = Math.max(0, Duration.between(deadline, now).getSeconds());
        Snapshotted<Map.Entry<Long, RecordingDecision>> decision = jdbc.sql("""
                insert into recording_decision (incident_id, kind, no_crime_reason, n100_subcode, transfer_force,
                    explanation, information_basis, decided_by, decided_role, decided_at, deadline, limit_hours,
                    delay_seconds)
                values (:incident, :kind, :reason, :n100, :force, :explanation, :basis, :by, :role, :at, :deadline,
                    :hours, :delay) returning *, to_jsonb(recording_decision)::text as ledger_snapshot""")
                .param("incident", incidentId).param("kind", request.kind().name())
                .param("reason", request.kind() == DecisionKind.NO_CRIME ? request.noCrimeReason() : null)
                .param("n100", request.kind() == DecisionKind.N100 ? request.n100Subcode() : null)
                .param("force", request.kind() == DecisionKind.TRANSFERRED ? request.transferForce() : null)
                .param("explanation", request.explanation()).param("basis", request.informationBasis().strip())
                .param("by", actor.username()).param("role", actor.role().name()).param("at", Timestamps.of(now))
                .param("deadline", Timestamps.of(deadline))
                .param("hours", Duration.between(incident.crimeDisclosedAt(), deadline).toHours())
                .param("delay", delay)
                .query(Snapshotted.of((rs, row) -> Map.entry(rs.getLong("id"), row(rs, row)))).single();
        ledger.recordChange(LedgeredChange.created(actor, delay > 0 ? "DecisionMadeLate" : "DecisionMade",
                "recording_decision", decision.row().getKey(), request.informationBasis()), decision.snapshot());
        List<Long> crimeIds = List.of();
        List<Long> victimIds = List.of();
        if (counting != null) {
            crimeIds = crimeWriter.record(incident, request, counting, references.forRecordingAt(now), actor, now);
        } else if (request.kind() == DecisionKind.NO_CRIME) {
            victimIds = crimeWriter.recordVictims(incident, request, actor, now);
        }
        if (!warnings.isEmpty()) {
            screening.acknowledge(incident, warnings, request.warningsReason().strip(), actor, now);
        }
        events.publishEvent(new RecordingDecisionMade(incidentId, request.kind(), crimeIds, victimIds, now, actor));
        return new DecidedIncident(decided, decision.row().getValue());
    }

    public Optional<RecordingDecision> decisionFor(long incidentId) {
        return jdbc.sql("select * from recording_decision where incident_id = :id").param("id", incidentId)
                .query(Deciding::row).optional();
    }

    /**
     * Decisions made after their deadline on incidents this person may see ({@link NeedToKnow}), latest first: the
     * breaches a supervisor and the registrar review.
     */
    public List<RecordingDecision> breaches(int limit, Actor actor) {
        return needToKnow.reader(actor).bind(jdbc.sql("""
                select d.* from recording_decision d join incident i on i.id = d.incident_id
                where d.delay_seconds > 0 and """ + NeedToKnow.incidentVisibleSql("i") + """

                order by d.decided_at desc limit :limit"""))
                .param("limit", limit).query(Deciding::row).list();
    }

    private final NeedToKnow needToKnow;

    private static RecordingDecision row(ResultSet rs, int row) throws SQLException {
        return new RecordingDecision(rs.getLong("incident_id"), DecisionKind.valueOf(rs.getString("kind")),
                rs.getString("no_crime_reason"), rs.getString("n100_subcode"), rs.getString("transfer_force"),
                rs.getString("explanation"), rs.getString("information_basis"), rs.getString("decided_by"),
                rs.getString("decided_role"), instant(rs, "decided_at"), instant(rs, "deadline"),
                rs.getInt("limit_hours"), rs.getLong("delay_seconds"));
    }
}
