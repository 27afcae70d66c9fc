package org.crimeledger.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crimeledger.ForceProperties;
import org.crimeledger.database.Timestamps;
import org.crimeledger.incidents.internal.IncidentRows;
import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.security.NeedToKnow.Reader;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finding incidents: search, and the queue of those still awaiting their crime-recording decision, each showing only
 * what the person may see ({@link NeedToKnow}).
 */
@Service
public class IncidentQueries {

    /** The purpose logged for restricted incidents shown in search results. */
    public static final String SEARCH_PURPOSE = "Incident search results";
    /** The purpose logged for restricted incidents shown in the decision queue. */
    public static final String QUEUE_PURPOSE = "Decision queue";

    private final JdbcClient jdbc;
    private final ForceProperties force;
    private final NeedToKnow needToKnow;
    private final PersonalDataAccessLog accessLog;

    IncidentQueries(JdbcClient jdbc, ForceProperties force, NeedToKnow needToKnow, PersonalDataAccessLog accessLog) {
        this.jdbc = jdbc;
        this.force = force;
        this.needToKnow = needToKnow;
        this.accessLog = accessLog;
    }

    /**
     * The incident if this person may see it; otherwise nothing, exactly as for a reference that does not exist.
     * A restricted incident shown is logged as a read.
     */
    public Optional<Incident> findVisible(String reference, Actor actor, String purpose) {
        Reader reader = needToKnow.reader(actor);
        record Found(Incident incident, boolean restricted) {
        }
        Optional<Found> found = jdbc.sql("select i.*, " + NeedToKnow.restrictedIncidentSql("i")
                        + " as restricted from incident i where i.reference = :reference")
                .param("reference", reference)
                .query((rs, row) -> new Found(IncidentRows.incident(rs, row), rs.getBoolean("restricted")))
                .optional()
                .filter(row -> reader.maySee(row.restricted(), row.incident().openedBy()));
        found.filter(Found::restricted).ifPresent(row -> accessLog.recordRead(actor.username(), actor.role().name(),
                "incident", reference, purpose));
        return found.map(Found::incident);
    }

    /** {@link #findVisible}, refusing with 404 Not Found as for an unknown reference. */
    public Incident requireVisible(String reference, Actor actor, String purpose) {
        return findVisible(reference, actor, purpose)
                .orElseThrow(() -> InvalidRequestException.unknown("reference", reference, "incident"));
    }

    /**
     * The incidents this person may see that match the search, newest first. The restricted incidents among them are
     * logged as read, one row per incident, as when each is opened.
     */
    public List<Incident> search(IncidentSearch search, Actor actor) {
        String text = search.text() == null || search.text().isBlank() ? null : "%" + search.text().strip() + "%";
        List<String> restrictedShown = new ArrayList<>();
        List<Incident> found = needToKnow.reader(actor).bind(jdbc.sql("""
                select i.*, """ + NeedToKnow.restrictedIncidentSql("i") + """
                 as restricted
                from incident i join incident_type t on t.code = i.opening_type
                where (cast(:text as text) is null or i.reference ilike :text or i.location_text ilike :text
                       or i.reporter_name ilike :text)
                  and (cast(:team as text) is null or i.team_code = :team)
                  and (cast(:category as text) is null or t.category = :category)
                  and (cast(:status as text) is null or i.decision_status = :status)
                  and (cast(:fromDay as timestamptz) is null or i.received_at >= :fromDay)
                  and (cast(:toDay as timestamptz) is null or i.received_at < :toDay)
                  and """ + NeedToKnow.incidentVisibleSql("i") + """

                order by i.received_at desc, i.id desc
                limit :limit"""))
                .param("text", text)
                .param("team", blankToNull(search.teamCode()))
                .param("category", blankToNull(search.category()))
                .param("status", blankToNull(search.decisionStatus()))
                .param("fromDay", search.receivedFrom() == null ? null
                        : Timestamps.of(search.receivedFrom().atStartOfDay(force.timeZone()).toInstant()))
                .param("toDay", search.receivedTo() == null ? null
                        : Timestamps.of(search.receivedTo().plusDays(1).atStartOfDay(force.timeZone()).toInstant()))
                .param("limit", search.limit())
                .query((rs, row) -> {
                    Incident incident = IncidentRows.incident(rs, row);
                    if (rs.getBoolean("restricted")) {
                        restrictedShown.add(incident.reference());
                    }
                    return incident;
                })
                .list();
        accessLog.recordReads(actor.username(), actor.role().name(), "incident", restrictedShown, SEARCH_PURPOSE);
        return found;
    }

    /**
     * Undecided incidents this person may see, the least time left first; {@code teamCode} null for every team. The
     * restricted incidents among them are logged as read, one row per incident, as search results are: the queue
     * shows where each happened (the API gives the location), and an auditor asking who has seen a record needs
     * every list it was on.
     */
    public List<AwaitingDecision> awaitingDecision(String teamCode, int limit, Actor actor) {
        List<String> restrictedShown = new ArrayList<>();
        List<AwaitingDecision> queued = needToKnow.reader(actor).bind(jdbc.sql("""
                select i.id, i.reference, i.received_at, i.opening_type, t.name as type_name, i.team_code,
                       i.location_text, i.decision_due_at, """ + NeedToKnow.restrictedIncidentSql("i") + """
                 as restricted
                from incident i join incident_type t on t.code = i.opening_type
                where i.decision_status = 'AWAITING' and (cast(:team as text) is null or i.team_code = :team)
                  and """ + NeedToKnow.incidentVisibleSql("i") + """

                order by i.decision_due_at, i.id
                limit :limit"""))
                .param("team", blankToNull(teamCode))
                .param("limit", limit)
                .query((rs, row) -> {
                    AwaitingDecision incident = IncidentRows.awaiting(rs, row);
                    if (rs.getBoolean("restricted")) {
                        restrictedShown.add(incident.reference());
                    }
                    return incident;
                })
                .list();
        accessLog.recordReads(actor.username(), actor.role().name(), "incident", restrictedShown, QUEUE_PURPOSE);
        return queued;
    }

    /** How many incidents this person may see await a decision, and how many of those are past their deadline. */
    public QueueCounts queueCounts(String teamCode, Instant now, Actor actor) {
        return needToKnow.reader(actor).bind(jdbc.sql("""
                select count(*) as awaiting, count(*) filter (where i.decision_due_at < :now) as overdue
                from incident i where i.decision_status = 'AWAITING' and (cast(:team as text) is null or i.team_code = :team)
                  and """ + NeedToKnow.incidentVisibleSql("i")))
                .param("team", blankToNull(teamCode))
                .param("now", Timestamps.of(now))
                .query((rs, row) -> new QueueCounts(rs.getLong("awaiting"), rs.getLong("overdue")))
                .single();
    }

    public List<Team> teams() {
        return jdbc.sql("select code, name from team order by name").query(Team.class).list();
    }

    /** Counts for a queue: all awaiting, and those already past their deadline. */
    public record QueueCounts(long awaiting, long overdue) {
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
