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
        List<VictimTask> tasks = jdbc.sql(Entitlements.SELECT + " " + """
                 where t.status = 'OPEN' and (:all or not t.restricted)
                   and (cast(:entitlement as text) is null or t.entitlement = :entitlement)
                   and (cast(:dueBy as date) is null or t.due_on <= :dueBy)
                 order by t.due_on, t.id offset :offset limit :size""")
                .param("all", all).param("entitlement", entitlement == null ? null : entitlement.name())
                .param("dueBy", dueBy).param("offset", Math.max(0, offset))
                .param("size", Math.max(1, Math.min(size, 200)))
                .query(Entitlements::row).list();
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
                from victim_task where status = 'OPEN' and (:all or not restricted)""")
                .param("today", today).param("all", all)
                .query((rs, row) -> new Counts(rs.getLong("open"), rs.getLong("overdue"), rs.getLong("due_today")))
                .single();
    }
}
