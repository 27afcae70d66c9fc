package org.crimeledger.victims;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.crimeledger.ForceProperties;
import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.ledger.PersonalDataAccessLog.Shown;
import org.crimeledger.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The victim service's work: open entitlements, the longest overdue first, with the counts the home pages
 * show. Restricted victims appear only to those who may see them ({@link RestrictedRecords}), and each restricted
 * victim's case on a page of the queue is logged as read, as the case page logs it.
 */
@Service
public class VictimQueue {

    /** The purpose logged for restricted victims' cases shown in the queue. */
    public static final String QUEUE_PURPOSE = "Victim service queue";

    /** A page of the queue with the counts over the whole of it. */
    public record Page(List<VictimTask> tasks, long open, long overdue, long dueToday, LocalDate today, int offset) {
    }

    /** The counts for the home pages. */
    public record Counts(long open, long overdue, long dueToday) {
    }

    private final JdbcClient jdbc;
    private final RestrictedRecords restrictedRecords;
    private final Clock clock;
    private final ForceProperties force;
    private final PersonalDataAccessLog accessLog;

    VictimQueue(JdbcClient jdbc, RestrictedRecords restrictedRecords, Clock clock, ForceProperties force,
            PersonalDataAccessLog accessLog) {
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.restrictedRecords = restrictedRecords;
        this.clock = clock;
        this.force = force;
    }

    public LocalDate today() {
        return clock.instant().atZone(force.timeZone()).toLocalDate();
    }

    /** Open tasks due on or before {@code dueBy} (all open tasks when null), most overdue first. */
    public Page page(Actor actor, Entitlement entitlement, LocalDate dueBy, int offset, int size) {
        boolean all = restrictedRecords.maySeeRestricted(actor);
        LocalDate today = today();
        // Filters are written into the SQL rather than bound as "(:all or ...)", so PostgreSQL can use the
        // partial indexes of open tasks even with a generic plan; the values themselves are still bound. The
        // page's ids are found from the index alone before anything is joined, so a deep page skips index
        // entries, not joined rows.
        StringBuilder page = new StringBuilder("select id from victim_task where status = 'OPEN'");
        if (!all) {
            page.append(" and not restricted");
        }
        if (entitlement != null) {
            page.append(" and entitlement = :entitlement");
        }
        if (dueBy != null) {
            page.append(" and due_on <= :dueBy");
        }
        page.append(" order by due_on, id offset :offset limit :size");
        String sql = Entitlements.SELECT + " join (" + page + ") p on p.id = t.id order by t.due_on, t.id";
        var statement = jdbc.sql(sql).param("offset", Math.max(0, offset))
                .param("size", Math.max(1, Math.min(size, 200)));
        if (entitlement != null) {
            statement = statement.param("entitlement", entitlement.name());
        }
        if (dueBy != null) {
            statement = statement.param("dueBy", dueBy);
        }
        List<VictimTask> tasks = statement.query(Entitlements::row).list();
        accessLog.recordShown(actor.username(), actor.role().name(), restrictedShown(tasks), QUEUE_PURPOSE);
        Counts counts = counts(all, today);
        return new Page(tasks, counts.open(), counts.overdue(), counts.dueToday(), today, Math.max(0, offset));
    }

    /**
     * The restricted cases a page shows, once each: by victim, as the case page logs them, or by crime for a task
     * without a victim of its own. Each row shows a crime reference, an entitlement and a link to the victim's case:
     * small, but it is a sight of a restricted case, and "who has seen this victim's case?" must find it.
     */
    private static List<Shown> restrictedShown(List<VictimTask> tasks) {
        return tasks.stream().filter(VictimTask::restricted)
                .map(task -> task.victimId() != null ? new Shown("victim", Long.toString(task.victimId()))
                        : task.crimeReference() != null ? new Shown("crime", task.crimeReference()) : null)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    public Counts counts(Actor actor) {
        return counts(restrictedRecords.maySeeRestricted(actor), today());
    }

    /**
     * Counted from {@code victim_task_open_day}, which triggers keep in step with the tasks in the same
     * transaction (V18), so the counts are exact and read a row per due day rather than every open task.
     */
    private Counts counts(boolean all, LocalDate today) {
        return jdbc.sql("""
                select coalesce(sum(open), 0) as open, coalesce(sum(open) filter (where due_on < :today), 0) as overdue,
                       coalesce(sum(open) filter (where due_on = :today), 0) as due_today
                from victim_task_open_day""" + (all ? "" : " where not restricted"))
                .param("today", today)
                .query((rs, row) -> new Counts(rs.getLong("open"), rs.getLong("overdue"), rs.getLong("due_today")))
                .single();
    }
}
