package org.crimeledger.incidents;

import java.time.Instant;
import java.util.List;

import org.crimeledger.ForceProperties;
import org.crimeledger.database.Timestamps;
import org.crimeledger.incidents.internal.IncidentRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Finding incidents: search, and the queue of those still awaiting their crime-recording decision. */
@Service
public class IncidentQueries {

    private final JdbcClient jdbc;
    private final ForceProperties force;

    IncidentQueries(JdbcClient jdbc, ForceProperties force) {
        this.jdbc = jdbc;
        this.force = force;
    }

    public List<Incident> search(IncidentSearch search) {
        String text = search.text() == null || search.text().isBlank() ? null : "%" + search.text().strip() + "%";
        return jdbc.sql("""
                select i.* from incident i join incident_type t on t.code = i.opening_type
                where (cast(:text as text) is null or i.reference ilike :text or i.location_text ilike :text
                       or i.reporter_name ilike :text)
                  and (cast(:team as text) is null or i.team_code = :team)
                  and (cast(:category as text) is null or t.category = :category)
                  and (cast(:status as text) is null or i.decision_status = :status)
                  and (cast(:fromDay as timestamptz) is null or i.received_at >= :fromDay)
                  and (cast(:toDay as timestamptz) is null or i.received_at < :toDay)
                order by i.received_at desc, i.id desc
                limit :limit""")
                .param("text", text)
                .param("team", blankToNull(search.teamCode()))
                .param("category", blankToNull(search.category()))
                .param("status", blankToNull(search.decisionStatus()))
                .param("fromDay", search.receivedFrom() == null ? null
                        : Timestamps.of(search.receivedFrom().atStartOfDay(force.timeZone()).toInstant()))
                .param("toDay", search.receivedTo() == null ? null
                        : Timestamps.of(search.receivedTo().plusDays(1).atStartOfDay(force.timeZone()).toInstant()))
                .param("limit", search.limit())
                .query(IncidentRows::incident)
                .list();
    }

    /** Undecided incidents, the least time left first; {@code teamCode} null for every team. */
    public List<AwaitingDecision> awaitingDecision(String teamCode, int limit) {
        return jdbc.sql("""
                select i.id, i.reference, i.received_at, i.opening_type, t.name as type_name, i.team_code,
                       i.location_text, i.decision_due_at
                from incident i join incident_type t on t.code = i.opening_type
                where i.decision_status = 'AWAITING' and (cast(:team as text) is null or i.team_code = :team)
                order by i.decision_due_at, i.id
                limit :limit""")
                .param("team", blankToNull(teamCode))
                .param("limit", limit)
                .query(IncidentRows::awaiting)
                .list();
    }

    /** How many incidents await a decision, and how many of those are past their deadline. */
    public QueueCounts queueCounts(String teamCode, Instant now) {
        return jdbc.sql("""
                select count(*) as awaiting, count(*) filter (where decision_due_at < :now) as overdue
                from incident where decision_status = 'AWAITING' and (cast(:team as text) is null or team_code = :team)""")
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
