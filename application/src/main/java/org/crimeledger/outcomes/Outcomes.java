package org.crimeledger.outcomes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.crimeledger.database.Timestamps;
import org.crimeledger.ledger.LastChanges;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.recording.Crime;
import org.crimeledger.recording.CrimeStatus;
import org.crimeledger.recording.Crimes;
import org.crimeledger.rules.EntryScreening;
import org.crimeledger.rules.OutcomeRecord;
import org.crimeledger.rules.RuleFinding;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.security.Role;
import org.crimeledger.standards.OffenceLines;
import org.crimeledger.standards.OutcomeTypeDefinition;
import org.crimeledger.standards.ReferenceData;
import org.crimeledger.standards.TrialFacts;
import org.crimeledger.victims.Entitlement;
import org.crimeledger.victims.Entitlements;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying Home Office outcome types to crimes. Every check is made before anything is written: the crime
 * must be live, a named-suspect outcome must name one of the crime's suspects, and the outcome policies
 * ({@link OutcomePolicies}) either refuse it or hold it for an authorisation by someone else with the right
 * role. Applying finalises the crime through {@link Crimes}, so its status and the ledger move together, and
 * opens the victim's update task.
 */
@Service
public class Outcomes {

    /** Outcomes that end the investigation without action against anyone: the victim may ask for a review. */
    static final Set<String> ENDING_THE_INVESTIGATION = Set.of("10", "14", "15", "16", "17", "18", "20", "21");
    static final Set<String> CHARGES = Set.of("1", "1A");
    static final Set<Role> PROPOSERS = Set.of(Role.OFFICER, Role.SUPERVISOR, Role.CRIME_REGISTRAR);

    private static final String SELECT = """
            select o.*, c.reference as crime_reference, t.name as outcome_name
            from crime_outcome o join crime c on c.id = o.crime_id join outcome_type t on t.code = o.outcome_type_code""";

    /** {@link #SELECT} with the crime's classification, to apply need-to-know, and whether the crime is restricted. */
    private static final String SELECT_VISIBLE = """
            select o.*, c.reference as crime_reference, t.name as outcome_name, """
            + NeedToKnow.restrictedCrimeSql("c", "oc") + """
             as restricted
            from crime_outcome o join crime c on c.id = o.crime_id join outcome_type t on t.code = o.outcome_type_code
                join offence_classification oc on oc.code = c.classification_code""";

    private final JdbcClient jdbc;
    private final Crimes crimes;
    private final ReferenceData referenceData;
    private final PolicyData policyData;
    private final Entitlements entitlements;
    private final Ledger ledger;
    private final Clock clock;

    private final OffenceLines offenceLines;
    private final NeedToKnow needToKnow;
    private final PersonalDataAccessLog accessLog;

    Outcomes(JdbcClient jdbc, Crimes crimes, ReferenceData referenceData, PolicyData policyData,
            Entitlements entitlements, Ledger ledger, Clock clock, OffenceLines offenceLines, NeedToKnow needToKnow,
            PersonalDataAccessLog accessLog) {
        this.offenceLines = offenceLines;
        this.needToKnow = needToKnow;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.crimes = crimes;
        this.referenceData = referenceData;
        this.policyData = policyData;
        this.entitlements = entitlements;
        this.ledger = ledger;
        this.clock = clock;
    }

    private LastChanges lastChanges;

    /** Names who decided an outcome first when a second decision is refused. */
    @org.springframework.beans.factory.annotation.Autowired
    void describeConflictsWith(LastChanges lastChanges) {
        this.lastChanges = lastChanges;
    }

    /** What the policies say about this outcome for this crime, without applying anything. */
    public List<PolicyFinding> check(long crimeId, OutcomeRequest request) {
        Crime crime = crimes.require(crimeId);
        OutcomeTypeDefinition type = outcomeType(request.outcomeType());
        return OutcomePolicies.check(new OutcomeCase(type.code(), crime.classificationCode(),
                indictableOnly(crime), crime.flags(), request.previousOffences(),
                blankToNull(request.ticCaseReference())), policyData.policies());
    }

    /**
     * Whether the crime's offence is triable only on indictment: by the Home Office list in force on the day it
     * was reported (reference data by year), or by the force's own list of such offences in the policy data.
     */
    private boolean indictableOnly(Crime crime) {
        boolean byList = offenceLines.trialFacts(crime.classificationCode(), referenceData.dateOf(crime.reportedAt()))
                .map(TrialFacts::indictableOnly).orElse(false);
        return byList || policyData.indictableOnly(crime.classificationCode());
    }

    /**
     * Applies the outcome, or, when a policy needs an authorisation, proposes it to wait for one. Refuses
     * with the field at fault, writing nothing, when the crime or the outcome is not right.
     */
    @Transactional
    public CrimeOutcome apply(long crimeId, OutcomeRequest request, Actor actor) {
        if (PROPOSERS.stream().noneMatch(actor::has)) {
            throw refused("outcomeType", "Only officers, supervisors and the registrar's team apply outcomes");
        }
        // Two people giving the same crime an outcome at once: the second waits here, then sees the first's.
        jdbc.sql("select id from crime where id = :id for update").param("id", crimeId).query(Long.class).optional();
        Crime crime = crimes.require(crimeId);
        requireLive(crime);
        OutcomeTypeDefinition type = outcomeType(request.outcomeType());
        if (request.reason() == null || request.reason().isBlank()) {
            throw invalid(HttpStatus.BAD_REQUEST, "reason", null, "Say why this outcome fits the crime");
        }
        if (type.namedSuspectRequired()) {
            requireNamedSuspect(crime, request.suspectId(), type);
        } else if (request.suspectId() != null) {
            requireSuspectOf(crime, request.suspectId());
        }
        if (request.previousOffences() != null && request.previousOffences() < 0) {
            throw invalid(HttpStatus.BAD_REQUEST, "previousOffences", request.previousOffences(),
                    "Previous offences cannot be negative");
        }
        List<PolicyFinding> findings = check(crimeId, request);
        findings.stream().filter(f -> f.kind() == PolicyFinding.Kind.NOT_MET).findFirst().ifPresent(f -> {
            throw invalid(HttpStatus.UNPROCESSABLE_ENTITY, f.field(), null, f.message());
        });
        if (!awaiting(crimeId).isEmpty()) {
            throw invalid(HttpStatus.CONFLICT, "crimeId", crimeId,
                    "An outcome for this crime is already waiting for authorisation");
        }
        String[] needs = findings.stream().map(f -> f.policy().code().name()).distinct().toArray(String[]::new);
        Instant now = clock.instant();
        List<RuleFinding> warnings = screen(crime, type.code(), request, needs, now);
        long id = jdbc.sql("""
                insert into crime_outcome (crime_id, outcome_type_code, suspect_id, previous_offences, tic_case_reference,
                    reason, needs_authorisation, status, proposed_by, proposed_role, proposed_at)
                values (:crime, :type, :suspect, :previous, :tic, :reason, :needs, 'PROPOSED', :by, :role, :at)
                returning id""")
                .param("crime", crimeId).param("type", type.code()).param("suspect", request.suspectId())
                .param("previous", request.previousOffences()).param("tic", blankToNull(request.ticCaseReference()))
                .param("reason", request.reason().strip()).param("needs", needs).param("by", actor.username())
                .param("role", actor.role().name()).param("at", Timestamps.of(now)).query(Long.class).single();
        if (!warnings.isEmpty()) {
            screening.acknowledge(crime.incidentId(), warnings, request.reason().strip(), actor.username(),
                    actor.role().name(), now);
        }
        if (needs.length == 0) {
            finalise(id, crime, type, actor, now);
        }
        ledger.recordChange(LedgeredChange.created(actor, needs.length == 0 ? "OutcomeApplied" : "OutcomeProposed",
                "crime_outcome", id, type.code() + ": " + request.reason().strip()));
        return require(id);
    }

    /**
     * Grants or refuses the authorisations a proposed outcome waits for. The authoriser must hold a role each
     * policy names and must not be the proposer; a grant applies the outcome.
     */
    @Transactional
    public CrimeOutcome authorise(long outcomeId, boolean grant, String note, Actor actor) {
        // Two authorisers at once: the second waits for the first's decision, then is refused naming it.
        jdbc.sql("select id from crime_outcome where id = :id for update").param("id", outcomeId).query(Long.class)
                .optional();
        CrimeOutcome outcome = requireVisible(outcomeId, actor);
        if (!"PROPOSED".equals(outcome.status())) {
            throw invalid(HttpStatus.CONFLICT, "outcomeId", outcomeId, "This outcome is already "
                    + outcome.status().toLowerCase() + lastChanges.describe("crime_outcome", outcomeId)
                            .map(change -> " (" + change + ")").orElse(""));
        }
        if (actor.username().equals(outcome.proposedBy())) {
            throw refused("authorisation", "An outcome must be authorised by someone other than the person who proposed it");
        }
        for (String code : outcome.needsAuthorisation()) {
            OutcomePolicy policy = policyData.policy(OutcomePolicyCode.valueOf(code));
            if (policy.authorisingRoles().stream().noneMatch(actor::has)) {
                throw refused("authorisation", "Your role cannot authorise this: " + policy.name().toLowerCase()
                        + " (authorised by " + policy.authorisingRoles().stream().map(Role::title).toList() + ")");
            }
        }
        if (note == null || note.isBlank()) {
            throw invalid(HttpStatus.BAD_REQUEST, "note", null, "Record why you authorise or refuse this outcome");
        }
        Crime crime = crimes.require(outcome.crimeId());
        if (grant) {
            requireLive(crime);
        }
        Instant now = clock.instant();
        for (String code : outcome.needsAuthorisation()) {
            jdbc.sql("""
                    insert into outcome_authorisation (outcome_id, policy_code, granted, authorised_by, authorised_role,
                        authorised_at, note)
                    values (:outcome, :policy, :granted, :by, :role, :at, :note)""")
                    .param("outcome", outcomeId).param("policy", code).param("granted", grant)
                    .param("by", actor.username()).param("role", actor.role().name()).param("at", Timestamps.of(now))
                    .param("note", note.strip()).update();
        }
        String before = ledger.snapshot("crime_outcome", outcomeId).orElseThrow();
        if (grant) {
            finalise(outcomeId, crime, outcomeType(outcome.outcomeType()), actor, now);
        } else {
            jdbc.sql("update crime_outcome set status = 'REJECTED' where id = :id").param("id", outcomeId).update();
        }
        ledger.recordChange(LedgeredChange.changed(actor, grant ? "OutcomeAuthorised" : "OutcomeRefused",
                "crime_outcome", outcomeId, note.strip(), before));
        return require(outcomeId);
    }

    public List<CrimeOutcome> forCrime(long crimeId) {
        return jdbc.sql(SELECT + " where o.crime_id = :id order by o.proposed_at, o.id").param("id", crimeId)
                .query(this::row).list();
    }

    /**
     * Outcomes waiting for an authorisation on crimes this person may see ({@link NeedToKnow}); the restricted ones
     * shown are logged as read, one row per crime.
     */
    public List<CrimeOutcome> awaitingAuthorisation(Actor actor) {
        List<String> restrictedShown = new ArrayList<>();
        List<CrimeOutcome> awaiting = needToKnow.reader(actor).bind(jdbc.sql(SELECT_VISIBLE
                        + " where o.status = 'PROPOSED' and " + NeedToKnow.crimeVisibleSql("c", "oc")
                        + " order by o.proposed_at, o.id"))
                .query((rs, n) -> {
                    if (rs.getBoolean("restricted")) {
                        restrictedShown.add(rs.getString("crime_reference"));
                    }
                    return row(rs, n);
                }).list();
        accessLog.recordReads(actor.username(), actor.role().name(), "crime", restrictedShown,
                "Outcomes awaiting authorisation");
        return awaiting;
    }

    /** How many outcomes on crimes this person may see wait for an authorisation. */
    public long countAwaitingAuthorisation(Actor actor) {
        return needToKnow.reader(actor).bind(jdbc.sql("""
                select count(*) from crime_outcome o join crime c on c.id = o.crime_id
                    join offence_classification oc on oc.code = c.classification_code
                where o.status = 'PROPOSED' and """ + NeedToKnow.crimeVisibleSql("c", "oc")))
                .query(Long.class).single();
    }

    /**
     * The outcome if this person may see its crime; otherwise refused exactly as an unknown outcome is (404), so the
     * refusal does not tell that an outcome on a restricted crime is there.
     */
    public CrimeOutcome requireVisible(long id, Actor actor) {
        return needToKnow.reader(actor).bind(jdbc.sql(SELECT_VISIBLE + " where o.id = :id and "
                        + NeedToKnow.crimeVisibleSql("c", "oc")))
                .param("id", id).query(this::row).optional()
                .orElseThrow(() -> InvalidRequestException.unknown("outcomeId", id, "outcome"));
    }

    public CrimeOutcome require(long id) {
        return jdbc.sql(SELECT + " where o.id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> InvalidRequestException.unknown("outcomeId", id, "outcome"));
    }

    /** The crime's suspects as (id, name or description), for choosing the named suspect. */
    public List<Suspect> suspects(long crimeId) {
        return jdbc.sql("select id, name, description from suspect where crime_id = :id order by id").param("id", crimeId)
                .query((rs, n) -> new Suspect(rs.getLong("id"), rs.getString("name"), rs.getString("description")))
                .list();
    }

    /** A suspect on a crime; only one with a name can be the named suspect of an outcome. */
    public record Suspect(long id, String name, String description) {

        public boolean named() {
            return name != null && !name.isBlank();
        }
    }

    private void finalise(long outcomeId, Crime crime, OutcomeTypeDefinition type, Actor actor, Instant now) {
        jdbc.sql("update crime_outcome set status = 'APPLIED', applied_at = :at where id = :id")
                .param("at", Timestamps.of(now)).param("id", outcomeId).update();
        crimes.changeStatus(crime.id(), CrimeStatus.FINALISED, "OutcomeApplied",
                "Outcome " + type.code() + " (" + type.name() + ")", actor);
        Entitlement told = ENDING_THE_INVESTIGATION.contains(type.code()) ? Entitlement.TOLD_INVESTIGATION_ENDED
                : Entitlement.UPDATE_ON_DECISION;
        entitlements.openAfterDecision(crime.id(), told, "Outcome " + type.code() + ": " + type.name(), now);
        if (CHARGES.contains(type.code())) {
            entitlements.openAfterDecision(crime.id(), Entitlement.OFFENDER_INFORMATION,
                    "Suspect charged (outcome " + type.code() + ")", now);
        }
    }

    private static void requireLive(Crime crime) {
        if (crime.status() == CrimeStatus.CANCELLED || crime.status() == CrimeStatus.TRANSFERRED) {
            throw invalid(HttpStatus.CONFLICT, "crimeId", crime.reference(), "Crime " + crime.reference() + " is "
                    + crime.status().label().toLowerCase() + ": a " + crime.status().label().toLowerCase()
                    + " crime takes no outcome");
        }
        if (crime.status() == CrimeStatus.FINALISED) {
            throw invalid(HttpStatus.CONFLICT, "crimeId", crime.reference(), "Crime " + crime.reference()
                    + " already has an outcome; re-open the investigation before giving it another");
        }
    }

    private void requireNamedSuspect(Crime crime, Long suspectId, OutcomeTypeDefinition type) {
        if (suspectId == null) {
            throw invalid(HttpStatus.UNPROCESSABLE_ENTITY, "suspectId", null, "Outcome " + type.code() + " ("
                    + type.name() + ") needs a named suspect: choose one of the crime's suspects"
                    + (suspects(crime.id()).stream().anyMatch(Suspect::named) ? "" : " (the crime has none with a name)"));
        }
        if (!requireSuspectOf(crime, suspectId).named()) {
            throw invalid(HttpStatus.UNPROCESSABLE_ENTITY, "suspectId", suspectId, "Outcome " + type.code()
                    + " needs a named suspect; this suspect is known only by description");
        }
    }

    private Suspect requireSuspectOf(Crime crime, long suspectId) {
        return suspects(crime.id()).stream().filter(s -> s.id() == suspectId).findFirst()
                .orElseThrow(() -> invalid(HttpStatus.UNPROCESSABLE_ENTITY, "suspectId", suspectId,
                        "Suspect " + suspectId + " is not a suspect on crime " + crime.reference()));
    }

    private OutcomeTypeDefinition outcomeType(String code) {
        return referenceData.outcomeTypes().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> invalid(HttpStatus.UNPROCESSABLE_ENTITY, "outcomeType", code,
                        "Choose a Home Office outcome type (1 to 24, 1A to 3A)"));
    }

    private EntryScreening screening;

    /** The Crime Recording Rules at the point of entry, when a module supplies them. */
    @Autowired(required = false)
    void screenWith(EntryScreening screening) {
        this.screening = screening;
    }

    /**
     * Refuses an outcome that breaks a rule of the catalogue; returns its warnings, kept with the outcome's reason.
     * The authorisations the outcome will wait for are taken as given: the policies already ask for them.
     */
    private List<RuleFinding> screen(Crime crime, String type, OutcomeRequest request, String[] needs, Instant now) {
        if (screening == null) {
            return List.of();
        }
        String rank = Arrays.asList(needs).contains(OutcomePolicyCode.OUT_OF_COURT_INDICTABLE_ONLY.name())
                ? "SUPERINTENDENT" : needs.length > 0 ? "INSPECTOR" : null;
        OutcomeRecord outcome = new OutcomeRecord("proposed outcome", crime.reference(), type, now, rank,
                request.previousOffences());
        List<RuleFinding> found = screening.screen(crime.incidentId(), records -> records.with(outcome));
        EntryScreening.firstError(found).ifPresent(error -> {
            throw invalid(HttpStatus.UNPROCESSABLE_ENTITY, "outcomeType", request.outcomeType(),
                    EntryScreening.describe(error));
        });
        return EntryScreening.warnings(found);
    }

    private static InvalidRequestException invalid(HttpStatus status, String field, Object value, String reason) {
        return new InvalidRequestException(status, status == HttpStatus.CONFLICT ? "Not allowed now" : "Outcome refused",
                field, value, reason);
    }

    private static InvalidRequestException refused(String field, String reason) {
        return new InvalidRequestException(HttpStatus.FORBIDDEN, "Not your authorisation", field, null, reason);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private List<CrimeOutcome> awaiting(long crimeId) {
        return forCrime(crimeId).stream().filter(o -> "PROPOSED".equals(o.status())).toList();
    }

    private CrimeOutcome row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<OutcomeAuthorisation> authorisations = jdbc.sql(
                "select * from outcome_authorisation where outcome_id = :id order by id").param("id", id)
                .query((a, m) -> new OutcomeAuthorisation(a.getLong("id"), a.getLong("outcome_id"),
                        a.getString("policy_code"), a.getBoolean("granted"), a.getString("authorised_by"),
                        a.getString("authorised_role"), Timestamps.instant(a, "authorised_at"), a.getString("note")))
                .list();
        return new CrimeOutcome(id, rs.getLong("crime_id"), rs.getString("crime_reference"),
                rs.getString("outcome_type_code"), rs.getString("outcome_name"), (Long) rs.getObject("suspect_id"),
                (Integer) rs.getObject("previous_offences"), rs.getString("tic_case_reference"), rs.getString("reason"),
                Arrays.asList((String[]) rs.getArray("needs_authorisation").getArray()), rs.getString("status"),
                rs.getString("proposed_by"), rs.getString("proposed_role"), Timestamps.instant(rs, "proposed_at"),
                Timestamps.instant(rs, "applied_at"), authorisations);
    }
}
