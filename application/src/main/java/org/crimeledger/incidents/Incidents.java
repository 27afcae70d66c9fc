package org.crimeledger.incidents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.crimeledger.database.Timestamps;
import org.crimeledger.incidents.internal.IncidentReferences;
import org.crimeledger.incidents.internal.IncidentRows;
import org.crimeledger.ledger.LastChanges;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.ledger.Snapshotted;
import org.crimeledger.rules.RecordingClock;
import org.crimeledger.security.Actor;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Call handling: opening incidents, appending their narrative, closing them. A crime-related
 * incident, or one whose update discloses a crime, starts the crime-recording clock and cannot be
 * closed until its decision is made. Every change is appended to the ledger in the same transaction.
 */
@Service
public class Incidents {

    /** A report keyed in slightly ahead of the server's clock is tolerated; one from the future is not. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final RecordingClock recordingClock;
    private final Clock clock;
    private final IncidentReferences references;
    private final IncidentTypes types;
    private final TransactionTemplate transactions;
    /**
     * Team codes already found in the team table. Teams come from migrations and are never removed while the
     * application runs (incidents keep a foreign key to them), so a code once known stays known; an unknown
     * code is asked about every time.
     */
    private final Set<String> knownTeams = ConcurrentHashMap.newKeySet();

    Incidents(JdbcClient jdbc, Ledger ledger, RecordingClock recordingClock, Clock clock,
            IncidentReferences references, IncidentTypes types, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.recordingClock = recordingClock;
        this.clock = clock;
        this.references = references;
        this.types = types;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    private LastChanges lastChanges;

    /** Names what someone else changed when an update is refused as stale. */
    @org.springframework.beans.factory.annotation.Autowired
    void describeConflictsWith(LastChanges lastChanges) {
        this.lastChanges = lastChanges;
    }

    /** Opens an incident; its reference's number is taken by the insert (see {@link IncidentReferences}). */
    public Incident open(OpenIncident command, Actor actor) {
        return open(command, actor, incident -> incident);
    }

    /**
     * Opens an incident and, in the same transaction, does {@code then} with it: how a crime is recorded at the
     * first point of contact. If {@code then} fails, the incident is not opened either. The command is checked
     * before the transaction starts.
     */
    public <T> T open(OpenIncident command, Actor actor, Function<Incident, T> then) {
        IncidentType type = types.find(command.openingType()).orElseThrow(() -> new InvalidRequestException(
                HttpStatus.UNPROCESSABLE_ENTITY, "Unknown opening type", "openingType", command.openingType(),
                "No incident type has the code '" + command.openingType() + "'"));
        requireTeam(command.teamCode());
        Instant now = clock.instant();
        if (command.receivedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Report received in the future",
                    "receivedAt", command.receivedAt(), "The report cannot have been received after now");
        }
        boolean crimeRelated = type.category() == IncidentCategory.CRIME_RELATED;
        if (crimeRelated && !recordingClock.covers(command.receivedAt())) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Report received before the recording rules",
                    "receivedAt", command.receivedAt(), "No recording time limit is in force for a report received then;"
                            + " the rules held start on " + recordingClock.earliest());
        }
        return transactions.execute(status -> then.apply(insert(command, type, crimeRelated, actor, now)));
    }

    private Incident insert(OpenIncident command, IncidentType type, boolean crimeRelated, Actor actor, Instant now) {
        Snapshotted<Incident> opened = jdbc.sql("""
                insert into incident (reference, received_at, channel, reporter_name, reporter_relation, location_text,
                    latitude, longitude, opening_type, team_code, crime_disclosed_at, decision_due_at, decision_status,
                    opened_by, opened_at)
                values (""" + IncidentReferences.EXPRESSION + """
                    , :receivedAt, :channel, :reporterName, :relation, :location, :latitude, :longitude,
                    :type, :team, :disclosed, :due, :status, :openedBy, :openedAt)
                returning *, to_jsonb(incident)::text as ledger_snapshot""")
                .param("referencePrefix", references.prefix(command.receivedAt()))
                .param("referenceCounter", references.counter(command.receivedAt()))
                .param("receivedAt", Timestamps.of(command.receivedAt()))
                .param("channel", command.channel().name())
                .param("reporterName", command.reporterName().strip())
                .param("relation", command.reporterRelation().name())
                .param("location", command.locationText().strip())
                .param("latitude", command.latitude())
                .param("longitude", command.longitude())
                .param("type", type.code())
                .param("team", command.teamCode())
                .param("disclosed", crimeRelated ? Timestamps.of(command.receivedAt()) : null)
                .param("due", crimeRelated ? Timestamps.of(recordingClock.deadline(command.receivedAt())) : null)
                .param("status", crimeRelated ? "AWAITING" : "NOT_REQUIRED")
                .param("openedBy", actor.username())
                .param("openedAt", Timestamps.of(now))
                .query(Snapshotted.of(IncidentRows::incident)).single();
        long id = opened.row().id();
        Snapshotted<Long> update = insertUpdate(id, command.narrative(), crimeRelated, actor, now);
        ledger.recordChange(LedgeredChange.created(actor, "IncidentOpened", "incident", id, null), opened.snapshot());
        ledger.recordChange(LedgeredChange.created(actor, "IncidentUpdated", "incident_update", update.row(), null),
                update.snapshot());
        return opened.row();
    }

    /**
     * Appends a narrative update. An update that discloses a crime on an incident that needed no
     * decision starts the clock from now, the moment the crime was reported.
     */
    @Transactional
    public Incident addUpdate(long incidentId, int expectedVersion, String text, boolean disclosesCrime, Actor actor) {
        Instant now = clock.instant();
        String before = ledger.snapshot("incident", incidentId).orElseThrow(() -> notFound(incidentId));
        int changed = jdbc.sql("""
                update incident set version = version + 1,
                    crime_disclosed_at = case when :discloses and decision_status = 'NOT_REQUIRED' then :now else crime_disclosed_at end,
                    decision_due_at = case when :discloses and decision_status = 'NOT_REQUIRED' then :due else decision_due_at end,
                    decision_status = case when :discloses and decision_status = 'NOT_REQUIRED' then 'AWAITING' else decision_status end
                where id = :id and version = :version""")
                .param("discloses", disclosesCrime)
                .param("now", Timestamps.of(now))
                .param("due", Timestamps.of(recordingClock.deadline(now)))
                .param("id", incidentId)
                .param("version", expectedVersion)
                .update();
        requireChanged(changed, incidentId, expectedVersion);
        Snapshotted<Long> update = insertUpdate(incidentId, text, disclosesCrime, actor, now);
        ledger.recordChange(LedgeredChange.created(actor, "IncidentUpdated", "incident_update", update.row(), null),
                update.snapshot());
        ledger.recordChange(LedgeredChange.changed(actor, disclosesCrime ? "CrimeDisclosed" : "IncidentUpdated",
                "incident", incidentId, null, before));
        return find(incidentId).orElseThrow();
    }

    @Transactional
    public Incident close(long incidentId, int expectedVersion, String closingType, Actor actor) {
        Incident incident = find(incidentId).orElseThrow(() -> notFound(incidentId));
        if (incident.closed()) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Already closed", "closingType", closingType,
                    "This incident was closed at " + incident.closedAt());
        }
        if (incident.awaitingDecision()) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Decision outstanding", "closingType", closingType,
                    "A crime-related incident cannot be closed before its crime-recording decision is made");
        }
        if (types.find(closingType).isEmpty()) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown closing type", "closingType",
                    closingType, "No incident type has the code '" + closingType + "'");
        }
        String before = ledger.snapshot("incident", incidentId).orElseThrow();
        int changed = jdbc.sql("""
                update incident set version = version + 1, closing_type = :type, closed_at = :now
                where id = :id and version = :version and closed_at is null""")
                .param("type", closingType).param("now", Timestamps.of(clock.instant()))
                .param("id", incidentId).param("version", expectedVersion)
                .update();
        requireChanged(changed, incidentId, expectedVersion);
        ledger.recordChange(LedgeredChange.changed(actor, "IncidentClosed", "incident", incidentId, null, before));
        return find(incidentId).orElseThrow();
    }

    /** Called by the crime-recording decision, inside its transaction: the clock stops. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Incident markDecided(long incidentId, int expectedVersion, Actor actor) {
        record Decided(Incident incident, String before, String after) {
        }
        Optional<Decided> decided = jdbc.sql("""
                with before as (select to_jsonb(i)::text as snapshot from incident i where i.id = :id)
                update incident set version = version + 1, decision_status = 'DECIDED'
                where id = :id and version = :version and decision_status = 'AWAITING'
                returning *, (select snapshot from before) as before_snapshot, to_jsonb(incident)::text as after_snapshot""")
                .param("id", incidentId).param("version", expectedVersion)
                .query((rs, row) -> new Decided(IncidentRows.incident(rs, row), rs.getString("before_snapshot"),
                        rs.getString("after_snapshot")))
                .optional();
        if (decided.isEmpty()) {
            requireAwaitingDecision(find(incidentId).orElseThrow(() -> notFound(incidentId)));
            requireChanged(0, incidentId, expectedVersion);
        }
        ledger.recordChange(LedgeredChange.changed(actor, "DecisionMade", "incident", incidentId, null,
                decided.get().before()), decided.get().after());
        return decided.get().incident();
    }

    /** Refuses (409) a decision on an incident that already has one, or that has disclosed no crime. */
    public static void requireAwaitingDecision(Incident incident) {
        if (!incident.awaitingDecision()) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "No decision awaited", "incidentId", incident.id(),
                    "DECIDED".equals(incident.decisionStatus())
                            ? "This incident already has its crime-recording decision"
                            : "This incident has disclosed no crime, so it needs no crime-recording decision");
        }
    }

    public Optional<Incident> find(long id) {
        return jdbc.sql("select * from incident where id = :id").param("id", id).query(IncidentRows::incident).optional();
    }

    public Optional<Incident> findByReference(String reference) {
        return jdbc.sql("select * from incident where reference = :reference").param("reference", reference)
                .query(IncidentRows::incident).optional();
    }

    public List<IncidentUpdate> updates(long incidentId) {
        return jdbc.sql("select * from incident_update where incident_id = :id order by written_at, id")
                .param("id", incidentId).query(IncidentRows::update).list();
    }

    public List<IncidentType> types() {
        return types.all();
    }

    private Snapshotted<Long> insertUpdate(long incidentId, String text, boolean disclosesCrime, Actor actor, Instant now) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Invalid request", "text", text, "Enter the update");
        }
        return jdbc.sql("""
                insert into incident_update (incident_id, written_at, author, author_role, text, discloses_crime)
                values (:incident, :now, :author, :role, :text, :discloses)
                returning id, to_jsonb(incident_update)::text as ledger_snapshot""")
                .param("incident", incidentId).param("now", Timestamps.of(now)).param("author", actor.username())
                .param("role", actor.role().name()).param("text", text.strip()).param("discloses", disclosesCrime)
                .query(Snapshotted.ofId()).single();
    }

    private void requireTeam(String teamCode) {
        if (teamCode != null && knownTeams.contains(teamCode)) {
            return;
        }
        boolean known = jdbc.sql("select count(*) from team where code = :code").param("code", teamCode)
                .query(Integer.class).single() > 0;
        if (known) {
            knownTeams.add(teamCode);
        } else {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown team", "teamCode", teamCode,
                    "No team has the code '" + teamCode + "'");
        }
    }

    private void requireChanged(int changed, long incidentId, int expectedVersion) {
        if (changed == 0) {
            Incident current = find(incidentId).orElseThrow(() -> notFound(incidentId));
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Incident changed", "version", expectedVersion,
                    "Someone else changed this incident (now version " + current.version() + lastChanges
                            .describe("incident", incidentId).map(change -> ": " + change).orElse("")
                            + "); reload it and try again");
        }
    }

    private static InvalidRequestException notFound(long incidentId) {
        return InvalidRequestException.unknown("incidentId", incidentId, "incident");
    }
}
