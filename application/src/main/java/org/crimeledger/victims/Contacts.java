package org.crimeledger.victims;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.crimeledger.database.Timestamps;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.security.Actor;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact log and contact preferences of a victim. Both are refused, with nothing written, for a
 * victim of a record the person may not see; every entry is ledgered.
 */
@Service
public class Contacts {

    private final JdbcClient jdbc;
    private final RestrictedRecords restrictedRecords;
    private final Entitlements entitlements;
    private final Ledger ledger;
    private final Clock clock;
    private final PersonalDataAccessLog accessLog;

    Contacts(JdbcClient jdbc, RestrictedRecords restrictedRecords, Entitlements entitlements, Ledger ledger,
            Clock clock, PersonalDataAccessLog accessLog) {
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.restrictedRecords = restrictedRecords;
        this.entitlements = entitlements;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Whether the victim's case is restricted; refuses an unknown victim. */
    public boolean restricted(long victimId) {
        return jdbc.sql("""
                select v.id, coalesce(bool_or(""" + RestrictedRecords.RESTRICTED_SQL + """
                    ), false) or coalesce(bool_or(t.restricted), false) as restricted
                from victim v
                left join crime c on c.victim_id = v.id
                left join offence_classification oc on oc.code = c.classification_code
                left join victim_task t on t.victim_id = v.id
                where v.id = :id group by v.id""")
                .param("id", victimId).query((rs, row) -> rs.getBoolean("restricted")).optional()
                .orElseThrow(() -> InvalidRequestException.unknown("victimId", victimId, "victim"));
    }

    /**
     * {@link #requireMaySee} before showing the victim's case; a restricted case shown is logged as read, as a
     * restricted crime or incident is.
     */
    public void requireMaySeeToRead(long victimId, Actor actor, String purpose) {
        boolean restricted = restricted(victimId);
        restrictedRecords.requireMaySee(actor, restricted,
                () -> InvalidRequestException.unknown("victimId", victimId, "victim"));
        if (restricted) {
            accessLog.recordRead(actor.username(), actor.role().name(), "victim", Long.toString(victimId), purpose);
        }
    }

    /** Checks the person may see this victim's case, refusing otherwise exactly as for an unknown victim (404). */
    public void requireMaySee(long victimId, Actor actor) {
        restrictedRecords.requireMaySee(actor, restricted(victimId),
                () -> InvalidRequestException.unknown("victimId", victimId, "victim"));
    }

    @Transactional
    public Contact log(long victimId, ContactChannel channel, String summary, Long taskId, Actor actor) {
        requireMaySee(victimId, actor);
        if (channel == null) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Channel required", "channel", null,
                    "Choose how the victim was contacted");
        }
        if (summary == null || summary.isBlank() || summary.length() > 5000) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Summary required", "summary", null,
                    "Say what was said, in up to 5,000 characters");
        }
        Long crimeId = null;
        if (taskId != null) {
            VictimTask task = entitlements.require(taskId);
            if (task.victimId() == null || task.victimId() != victimId) {
                throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Not this victim's task", "taskId",
                        taskId, "Task " + taskId + " belongs to another victim");
            }
            crimeId = task.crimeId();
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into victim_contact (victim_id, crime_id, task_id, channel, summary, contacted_by, contacted_role,
                    contacted_at)
                values (:victim, :crime, :task, :channel, :summary, :by, :role, :at) returning id""")
                .param("victim", victimId).param("crime", crimeId).param("task", taskId).param("channel", channel.name())
                .param("summary", summary.strip()).param("by", actor.username()).param("role", actor.role().name())
                .param("at", Timestamps.of(now)).query(Long.class).single();
        ledger.recordChange(LedgeredChange.created(actor, "VictimContacted", "victim_contact", id, channel.label()));
        return contacts(victimId).stream().filter(contact -> contact.id() == id).findFirst().orElseThrow();
    }

    public List<Contact> contacts(long victimId) {
        return jdbc.sql("select * from victim_contact where victim_id = :id order by contacted_at desc, id desc")
                .param("id", victimId)
                .query((rs, row) -> new Contact(rs.getLong("id"), rs.getLong("victim_id"), (Long) rs.getObject("crime_id"),
                        (Long) rs.getObject("task_id"), ContactChannel.valueOf(rs.getString("channel")),
                        rs.getString("summary"), rs.getString("contacted_by"), rs.getString("contacted_role"),
                        Timestamps.instant(rs, "contacted_at")))
                .list();
    }

    public Optional<ContactPreference> preference(long victimId) {
        return jdbc.sql("select * from victim_contact_preference where victim_id = :id").param("id", victimId)
                .query((rs, row) -> new ContactPreference(rs.getLong("victim_id"),
                        ContactChannel.valueOf(rs.getString("channel")), rs.getString("frequency"),
                        rs.getBoolean("safe_to_leave_messages"), rs.getString("notes"), rs.getString("updated_by"),
                        Timestamps.instant(rs, "updated_at")))
                .optional();
    }

    @Transactional
    public ContactPreference setPreference(long victimId, ContactChannel channel, String frequency,
            boolean safeToLeaveMessages, String notes, Actor actor) {
        requireMaySee(victimId, actor);
        if (channel == null) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Channel required", "channel", null,
                    "Choose how the victim wants to be contacted");
        }
        if (frequency == null || !ContactPreference.FREQUENCIES.contains(frequency)) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Frequency required", "frequency", frequency,
                    "Choose how often the victim wants to hear: " + String.join(", ", ContactPreference.FREQUENCIES));
        }
        Optional<Long> existing = jdbc.sql("select id from victim_contact_preference where victim_id = :id")
                .param("id", victimId).query(Long.class).optional();
        String before = existing.flatMap(id -> ledger.snapshot("victim_contact_preference", id)).orElse(null);
        long id = jdbc.sql("""
                insert into victim_contact_preference (victim_id, channel, frequency, safe_to_leave_messages, notes,
                    updated_by, updated_at)
                values (:victim, :channel, :frequency, :safe, :notes, :by, :at)
                on conflict (victim_id) do update set channel = excluded.channel, frequency = excluded.frequency,
                    safe_to_leave_messages = excluded.safe_to_leave_messages, notes = excluded.notes,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at
                returning id""")
                .param("victim", victimId).param("channel", channel.name()).param("frequency", frequency)
                .param("safe", safeToLeaveMessages).param("notes", notes == null || notes.isBlank() ? null : notes.strip())
                .param("by", actor.username()).param("at", Timestamps.of(clock.instant()))
                .query(Long.class).single();
        ledger.recordChange(new LedgeredChange(actor, "ContactPreferenceSet", "victim_contact_preference", id, null,
                before));
        return preference(victimId).orElseThrow();
    }
}
