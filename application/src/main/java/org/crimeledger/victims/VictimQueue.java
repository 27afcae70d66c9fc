package org.crimeledger.victims;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.crimeledger.ForceProperties;
import org.crimeledger.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The victim service's work: open entitlements, the longest overdue first, with the counts the home pages
 * show. Restricted victims appear only to those who may see them ({@link RestrictedRecords}).
 */
@Service
public class VictimQueue {

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

    VictimQueue(JdbcClient jdbc, RestrictedRecords restrictedRecords, Clock clock, ForceProperties force) {
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
        // partial indexes of open tasks even with a generic plan; the values themselves are still bound.
        StringBuilder sql = new StringBuilder(Entitlements.SELECT).append(" where t.status = 'OPEN'");
        if (!all) {
            sql.append(" and not t.restricted");
        }
        if (entitlement != null) {
            sql.append(" and t.entitlement = :entitlement");
        }
        if (dueBy != null) {
            sql.append(" and t.due_on <= :dueBy");
        }
        sql.append(" order by t.due_on, t.id offset :offset limit :size");
        var statement = jdbc.sql(sql.toString()).param("offset", Math.max(0, offset))
                .param("size", Math.max(1, Math.min(size, 200)));
        if (entitlement != null) {
            statement = statement.param("entitlement", entitlement.name());
        }
        if (dueBy != null) {
            statement = statement.param("dueBy", dueBy);
        }
        List<VictimTask> tasks = statement.query(Entitlements::row).list();
        Counts counts = counts(all, today);
        return new Page(tasks, counts.open(), counts.overdue(), counts.dueToday(), today, Math.max(0, offset));
    }

    public Counts counts(Actor actor) {
        return counts(restrictedRecords.maySeeRestricted(actor), today());
    }

    private Counts counts(boolean all, LocalDate today) {
        return jdbc.sql("""
                select count(*) as open, count(*) filter (where due_on < :today) as overdue,
                       count(*) filter (where due_on = :today) as due_today
                from victim_task where status = 'OPEN'""" + (all ? "" : " and not restricted"))
                .param("today", today)
                .query((rs, row) -> new Counts(rs.getLong("open"), rs.getLong("overdue"), rs.getLong("due_today")))
                .single();
    }
}
