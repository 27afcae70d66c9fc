package org.crimeledger.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.crimeledger.database.Timestamps;
import org.crimeledger.ledger.LastChanges;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.security.Actor;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises recommendations and areas for improvement and records their progress; every change is ledgered. */
@Service
public class ImprovementActions {

    /**
     * An action's version is the number of times its progress was recorded: each is a ledger entry with a before
     * state, so the ledger already counts them, and the table needs no column its earlier snapshots lack. (Entries
     * are written as the transaction commits, so within one the count is that of the changes before it.)
     */
    private static final String VERSION = """
            (select count(*) from ledger_entry e where e.record_type = 'improvement_action'
              and e.record_id = a.id::text and e.before is not null)""";

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final LastChanges lastChanges;
    private final Clock clock;

    ImprovementActions(JdbcClient jdbc, Ledger ledger, LastChanges lastChanges, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.lastChanges = lastChanges;
        this.clock = clock;
    }

    @Transactional
    public ImprovementAction raise(Long planId, ImprovementAction.Kind kind, String finding, String action, String owner,
                                   LocalDate dueDate, Actor actor) {
        require("kind", kind, kind != null, "Say whether this is a recommendation or an area for improvement");
        require("finding", finding, finding != null && !finding.isBlank() && finding.length() <= 2000,
                "Describe the finding (up to 2,000 characters)");
        require("action", action, action != null && !action.isBlank() && action.length() <= 2000,
                "Say what will be done (up to 2,000 characters)");
        require("owner", owner, owner != null && !owner.isBlank() && owner.length() <= 200, "Name the owner");
        require("dueDate", dueDate, dueDate != null, "Give a due date");
        if (planId != null) {
            boolean exists = jdbc.sql("select count(*) from audit_plan where id = ?").param(planId)
                    .query(Long.class).single() > 0;
            require("planId", planId, exists, "There is no audit plan " + planId);
        }
        var now = Timestamps.of(clock.instant());
        long id = jdbc.sql("""
                insert into improvement_action (plan_id, kind, finding, action, owner, due_date, status, created_by,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?) returning id""")
                .params(planId, kind.name(), finding.strip(), action.strip(), owner.strip(), dueDate, actor.username(),
                        now, now)
                .query(Long.class).single();
        ledger.recordChange(LedgeredChange.created(actor, "IMPROVEMENT_RAISED", "improvement_action", id, kind.label()));
        return find(id);
    }

    /**
     * Records progress on the version the person saw; if someone else changed the action since, refuses with 409
     * naming what they changed, so nobody overwrites another's progress unseen.
     */
    @Transactional
    public ImprovementAction update(long id, int expectedVersion, ImprovementAction.Status status, String evidence,
            Actor actor) {
        require("status", status, status != null, "Choose the status");
        require("evidence", evidence, evidence == null || evidence.length() <= 4000,
                "Evidence can be at most 4,000 characters");
        String before = ledger.snapshot("improvement_action", id)
                .orElseThrow(() -> InvalidRequestException.unknown("id", id, "recommendation or area for improvement"));
        require("evidence", evidence, status != ImprovementAction.Status.DONE || (evidence != null && !evidence.isBlank()),
                "Give the evidence that the action is done");
        jdbc.sql("select id from improvement_action where id = ? for update").param(id).query(Long.class).single();
        int current = find(id).version();
        if (current != expectedVersion) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Changed by someone else", "version", expectedVersion,
                    "Someone else changed this action (now version " + current + lastChanges
                            .describe("improvement_action", id).map(change -> ": " + change).orElse("")
                            + "); reload it and try again");
        }
        jdbc.sql("update improvement_action set status = ?, evidence = ?, updated_at = ? where id = ?")
                .params(status.name(), evidence == null || evidence.isBlank() ? null : evidence.strip(),
                        Timestamps.of(clock.instant()), id)
                .update();
        ledger.recordChange(LedgeredChange.changed(actor, "IMPROVEMENT_UPDATED", "improvement_action", id,
                status.label(), before));
        return find(id).recorded();
    }

    public ImprovementAction find(long id) {
        return jdbc.sql("select a.*, " + VERSION + " as version from improvement_action a where a.id = ?").param(id)
                .query((rs, row) -> new ImprovementAction(rs.getLong("id"), (Long) rs.getObject("plan_id"),
                        ImprovementAction.Kind.valueOf(rs.getString("kind")), rs.getString("finding"),
                        rs.getString("action"), rs.getString("owner"), rs.getObject("due_date", LocalDate.class),
                        ImprovementAction.Status.valueOf(rs.getString("status")), rs.getString("evidence"),
                        rs.getInt("version")))
                .optional()
                .orElseThrow(() -> InvalidRequestException.unknown("id", id, "recommendation or area for improvement"));
    }

    public List<ImprovementAction> all() {
        return jdbc.sql("select id from improvement_action order by due_date, id").query(Long.class).list().stream()
                .map(this::find).toList();
    }

    /** Counts by kind and status, and how many are past their due date and not done. */
    public List<Progress> progress() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select kind, count(*) filter (where status = 'OPEN'), count(*) filter (where status = 'IN_PROGRESS'),
                       count(*) filter (where status = 'DONE'),
                       count(*) filter (where status <> 'DONE' and due_date < ?)
                from improvement_action group by kind order by kind desc""")
                .param(today)
                .query((rs, row) -> new Progress(Progress.Kind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)))
                .list();
    }

    private static void require(String field, Object value, boolean condition, String reason) {
        if (!condition) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid recommendation", field,
                    value instanceof String text && text.length() > 100 ? text.substring(0, 100) : value, reason);
        }
    }
}
