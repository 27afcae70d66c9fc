package org.crimeledger.victims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.crimeledger.ForceProperties;
import org.crimeledger.database.Timestamps;
import org.crimeledger.ledger.LastChanges;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.security.Actor;
import org.crimeledger.victims.internal.CrimeFacts;
import org.crimeledger.victims.internal.CrimeFacts.Facts;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the Victims' Code entitlements as tasks when something happens to a victim's case, and closes them
 * when the victim service has done them. Due dates are counted in working days from the force-local date
 * of the event, shorter for victims with enhanced rights.
 */
@Service
public class Entitlements {

    /** What a crime's recording owes its victim straight away. */
    static final List<Entitlement> ON_RECORDING = List.of(Entitlement.WRITTEN_ACKNOWLEDGEMENT,
            Entitlement.NEEDS_ASSESSMENT, Entitlement.REFERRAL_TO_SUPPORT, Entitlement.VPS_OFFER);

    /** What the victim may decline ("unless the victim declines"); the rest must be done. */
    static final Set<Entitlement> DECLINABLE = EnumSet.of(Entitlement.REFERRAL_TO_SUPPORT, Entitlement.VPS_OFFER,
            Entitlement.OFFENDER_INFORMATION, Entitlement.NEEDS_ASSESSMENT);

    static final String SELECT = """
            select t.*, e.name as entitlement_name, c.reference as crime_reference
            from victim_task t join victim_entitlement e on e.code = t.entitlement
            left join crime c on c.id = t.crime_id""";

    private final JdbcClient jdbc;
    private final VictimsCode code;
    private final CrimeFacts facts;
    private final RestrictedRecords restrictedRecords;
    private final Clock clock;
    private final ForceProperties force;
    private final Ledger ledger;
    private final JdbcTemplate batch;

    Entitlements(JdbcClient jdbc, VictimsCode code, CrimeFacts facts, RestrictedRecords restrictedRecords, Clock clock,
            ForceProperties force, Ledger ledger, JdbcTemplate batch) {
        this.ledger = ledger;
        this.batch = batch;
        this.jdbc = jdbc;
        this.code = code;
        this.facts = facts;
        this.restrictedRecords = restrictedRecords;
        this.clock = clock;
        this.force = force;
    }

    private LastChanges lastChanges;

    /** Names who closed a task first when a second close is refused. */
    @org.springframework.beans.factory.annotation.Autowired
    void describeConflictsWith(LastChanges lastChanges) {
        this.lastChanges = lastChanges;
    }

    /** The entitlements a newly recorded crime's victim has; none for a crime against the State. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<VictimTask> openForRecordedCrime(long crimeId, Instant at) {
        Facts crime = facts.forCrime(crimeId).orElseThrow();
        if (crime.victimId() == null) {
            return List.of();
        }
        boolean enhanced = !code.enhancedRightsFor(crime.circumstances(force.timeZone())).isEmpty();
        return insert(ON_RECORDING, crime, enhanced, "Crime recorded", at);
    }

    /** The victim named in a decision not to record is told of it and of the right to a review. */
    @Transactional(propagation = Propagation.MANDATORY)
    public VictimTask openForDecisionNotToRecord(long victimId, Instant at) {
        CrimeFacts.NoCrimeVictim victim = facts.forNoCrimeVictim(victimId).orElseThrow();
        LocalDate day = localDate(at);
        boolean child = victim.born() != null && victim.born().plusYears(18).isAfter(day);
        boolean enhanced = victim.sensitive() || child;
        long id = jdbc.sql("""
                insert into victim_task (entitlement, crime_id, incident_id, victim_id, restricted, enhanced, reason,
                    opened_at, due_on, status)
                values (:entitlement, null, :incident, :victim, :restricted, :enhanced, :reason, :at, :due, 'OPEN')
                returning id""")
                .param("entitlement", Entitlement.TOLD_NOT_RECORDED.name()).param("incident", victim.incidentId())
                .param("victim", victimId).param("restricted", victim.sensitive()).param("enhanced", enhanced)
                .param("reason", "Decision not to record a crime").param("at", Timestamps.of(at))
                .param("due", code.dueOn(Entitlement.TOLD_NOT_RECORDED, day, enhanced))
                .query(Long.class).single();
        return require(id);
    }

    /**
     * A key decision on a crime (such as its outcome) that its victim must be told of: within 5 working
     * days, or 1 for a victim with enhanced rights. Returns nothing for a crime without a victim.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<VictimTask> openAfterDecision(long crimeId, Entitlement entitlement, String reason, Instant at) {
        Facts crime = facts.forCrime(crimeId).orElseThrow();
        if (crime.victimId() == null) {
            return List.of();
        }
        boolean enhanced = enhancedRecorded(crime) || !code.enhancedRightsFor(crime.circumstances(force.timeZone())).isEmpty();
        return List.of(insert(entitlement, crime, enhanced, reason, at));
    }

    /** The key decisions an officer records for the victim to be told of, beyond outcomes. */
    public static final Set<Entitlement> KEY_DECISIONS = EnumSet.of(Entitlement.UPDATE_ON_DECISION,
            Entitlement.TOLD_NOT_INVESTIGATED, Entitlement.TOLD_INVESTIGATION_ENDED);

    /**
     * An officer records a key decision on a crime (arrest, interview, release, bail, not investigating):
     * the victim's update falls due in 5 working days, or 1 with enhanced rights.
     */
    @Transactional
    public List<VictimTask> recordKeyDecision(long crimeId, Entitlement entitlement, String decision, Actor actor) {
        Facts crime = facts.forCrime(crimeId).orElseThrow(() -> InvalidRequestException.unknown("crimeId", crimeId, "crime"));
        restrictedRecords.requireMaySee(actor, crime.restricted(),
                () -> InvalidRequestException.unknown("crimeReference", crime.reference(), "crime"));
        if (entitlement == null || !KEY_DECISIONS.contains(entitlement)) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Not a key decision", "entitlement", entitlement,
                    "Choose one of " + KEY_DECISIONS);
        }
        if (decision == null || decision.isBlank()) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Decision required", "decision", decision,
                    "Say what was decided, for example 'suspect arrested and released on bail'");
        }
        if (crime.victimId() == null) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "No victim", "crimeReference",
                    crime.reference(), "This crime has no victim to tell");
        }
        return openAfterDecision(crimeId, entitlement, decision.strip(), clock.instant());
    }

    /** Marks a task done, or declined by the victim where the Code lets them decline it. */
    @Transactional
    public VictimTask close(long taskId, boolean declined, String note, Actor actor) {
        VictimTask task = require(taskId);
        restrictedRecords.requireMaySee(actor, task.restricted(),
                () -> InvalidRequestException.unknown("taskId", taskId, "victim task"));
        if (!task.open()) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Already closed", "taskId", taskId,
                    "This task was already closed by " + task.closedBy());
        }
        if (declined && !DECLINABLE.contains(task.entitlement())) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Cannot be declined", "declined", true,
                    "A victim cannot decline '" + task.entitlementName() + "'; record it as done");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Note required", "note", note,
                    "Say what was done, or that the victim declined and how they said so");
        }
        Instant now = clock.instant();
        String before = ledger.snapshot("victim_task", taskId).orElseThrow();
        int closed = jdbc.sql("""
                update victim_task set status = :status, closed_at = :at, closed_on = :on, closed_by = :by,
                    closing_note = :note where id = :id and status = 'OPEN'""")
                .param("status", declined ? "DECLINED" : "DONE").param("at", Timestamps.of(now))
                .param("on", localDate(now)).param("by", actor.username()).param("note", note.strip())
                .param("id", taskId).update();
        if (closed == 0) {
            // Someone closed it between our read and our update (the update waited for their commit).
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Already closed", "taskId", taskId,
                    "This task was closed by someone else meanwhile" + lastChanges.describe("victim_task", taskId)
                            .map(change -> ": " + change).orElse(""));
        }
        ledger.recordChange(LedgeredChange.changed(actor, declined ? "EntitlementDeclined" : "EntitlementMet",
                "victim_task", taskId, note.strip(), before));
        return require(taskId);
    }

    public VictimTask require(long taskId) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", taskId).query(Entitlements::row).optional()
                .orElseThrow(() -> InvalidRequestException.unknown("taskId", taskId, "victim task"));
    }

    public List<VictimTask> forVictim(long victimId) {
        return jdbc.sql(SELECT + " where t.victim_id = :id order by t.due_on, t.id").param("id", victimId)
                .query(Entitlements::row).list();
    }

    public List<VictimTask> forCrime(long crimeId) {
        return jdbc.sql(SELECT + " where t.crime_id = :id order by t.due_on, t.id").param("id", crimeId)
                .query(Entitlements::row).list();
    }

    /**
     * Opens the on-recording entitlements of crimes loaded in bulk (imports, the synthetic force) that have
     * a victim and no task yet, at most {@code limit} crimes, due from each crime's own recording date. Set
     * based: due dates come from the same calendar for every recording day and entitlement, and the
     * enhanced-rights criteria are applied in SQL ({@link EnhancedRightsCriterion#matches} in Java; a test
     * keeps the two in step). Returns how many crimes got their tasks.
     */
    @Transactional
    public int openForCrimesWithoutTasks(int limit) {
        String zone = force.timeZone().getId();
        jdbc.sql("""
                create temporary table crimes_to_open on commit drop as
                select c.id from crime c where c.victim_id is not null
                  and not exists (select 1 from victim_task t where t.crime_id = c.id) order by c.id limit :limit""")
                .param("limit", limit).update();
        List<LocalDate> days = jdbc.sql("""
                select distinct (c.recorded_at at time zone :zone)::date from crime c join crimes_to_open o on o.id = c.id""")
                .param("zone", zone).query(LocalDate.class).list();
        jdbc.sql("create temporary table due_dates (day date, entitlement text, enhanced boolean, due_on date) on commit drop")
                .update();
        List<Object[]> rows = new java.util.ArrayList<>();
        for (LocalDate day : days) {
            for (Entitlement entitlement : ON_RECORDING) {
                for (boolean enhanced : new boolean[] {false, true}) {
                    rows.add(new Object[] {day, entitlement.name(), enhanced, code.dueOn(entitlement, day, enhanced)});
                }
            }
        }
        batch.batchUpdate("insert into due_dates (day, entitlement, enhanced, due_on) values (?, ?, ?, ?)", rows);
        jdbc.sql("""
                insert into victim_task (entitlement, crime_id, incident_id, victim_id, restricted, enhanced, reason,
                    opened_at, due_on, status)
                select d.entitlement, c.id, c.incident_id, c.victim_id, c.restricted, c.enhanced, 'Crime recorded',
                       c.recorded_at, d.due_on, 'OPEN'
                from (select c.*, """ + RestrictedRecords.RESTRICTED_SQL + """
                              as restricted,
                             exists (select 1 from enhanced_rights_criterion k where
                                 (k.match_kind = 'OFFENCE_GROUP' and k.match_value = oc.offence_group_code)
                              or (k.match_kind = 'CLASSIFICATION' and k.match_value = c.classification_code)
                              or (k.match_kind = 'FLAG' and k.match_value = any(c.flags))
                              or (k.match_kind = 'VICTIM_FLAG' and k.match_value = any(coalesce((""" + CrimeFacts.LATEST_VICTIM_FLAGS + """
                                  ), '{}')))
                              or (k.match_kind = 'UNDER_AGE' and v.date_of_birth is not null and
                                  extract(year from age((c.recorded_at at time zone :zone)::date, v.date_of_birth))
                                      < k.match_value::int)) as enhanced
                      from crime c join crimes_to_open o on o.id = c.id
                      join offence_classification oc on oc.code = c.classification_code
                      left join victim v on v.id = c.victim_id) c
                join due_dates d on d.day = (c.recorded_at at time zone :zone)::date and d.enhanced = c.enhanced
                order by c.id, array_position(array['WRITTEN_ACKNOWLEDGEMENT', 'NEEDS_ASSESSMENT',
                    'REFERRAL_TO_SUPPORT', 'VPS_OFFER'], d.entitlement)""")
                .param("zone", zone).update();
        simulateSyntheticService(zone);
        return jdbc.sql("select count(*) from crimes_to_open").query(Integer.class).single();
    }

    /**
     * Crimes of the synthetic force (incidents with a {@code synthetic_truth} row) come with a simulated record of
     * the victim service's work on the tasks just opened, so the demo's queue and measures look like a working
     * force's rather than a year of untouched tasks: of the tasks whose day has come, about 85% done on time, 10%
     * late and 5% never done; a fifth of referrals and statement offers declined. Closings are never dated after
     * today nor before the task was opened, and are marked as simulated. Draws come from a hash of the task's id,
     * so the same data gives the same history. Real crimes are never touched.
     */
    private void simulateSyntheticService(String zone) {
        jdbc.sql("""
                update victim_task t set
                       status = case when t.entitlement in ('REFERRAL_TO_SUPPORT', 'VPS_OFFER') and s.declined
                                     then 'DECLINED' else 'DONE' end,
                       closed_on = s.closed_on, closed_at = (s.closed_on + time '12:00') at time zone :zone,
                       closed_by = 'synthetic-force', closing_note = 'Simulated victim service (synthetic force)'
                from (select t.id, greatest((t.opened_at at time zone :zone)::date,
                             t.due_on + case when d.draw < 850 then -(d.draw % 2) else 1 + d.draw % 6 end) as closed_on,
                             d.declined
                      from victim_task t join crimes_to_open o on o.id = t.crime_id
                      join synthetic_truth st on st.incident_id = t.incident_id
                      cross join lateral (select abs(hashtext('victim-task-' || t.id)) % 1000 as draw,
                                                 abs(hashtext('declined-' || t.id)) % 5 = 0 as declined) d
                      where t.status = 'OPEN' and d.draw < 950) s
                where t.id = s.id and s.closed_on < :today""")
                .param("zone", zone).param("today", localDate(clock.instant())).update();
    }

    LocalDate localDate(Instant at) {
        return at.atZone(force.timeZone()).toLocalDate();
    }

    private boolean enhancedRecorded(Facts crime) {
        return jdbc.sql("select exists (select 1 from victim_task where crime_id = :id and enhanced)")
                .param("id", crime.crimeId()).query(Boolean.class).single();
    }

    private VictimTask insert(Entitlement entitlement, Facts crime, boolean enhanced, String reason, Instant at) {
        return insert(List.of(entitlement), crime, enhanced, reason, at).get(0);
    }

    /**
     * Opens several of a crime's tasks in one statement, which also returns them as {@link #SELECT} reads them
     * (the entitlement's name, the crime's reference), so recording a crime costs one round trip for its tasks.
     */
    private List<VictimTask> insert(List<Entitlement> entitlements, Facts crime, boolean enhanced, String reason,
            Instant at) {
        LocalDate day = localDate(at);
        List<VictimTask> opened = jdbc.sql("""
                with t as (
                    insert into victim_task (entitlement, crime_id, incident_id, victim_id, restricted, enhanced, reason,
                        opened_at, due_on, status)
                    select o.entitlement, :crime, :incident, :victim, :restricted, :enhanced, :reason, :at, o.due_on, 'OPEN'
                    from unnest(cast(:entitlements as text[]), cast(:dues as date[])) as o (entitlement, due_on)
                    returning *)
                select t.*, e.name as entitlement_name, c.reference as crime_reference
                from t join victim_entitlement e on e.code = t.entitlement left join crime c on c.id = t.crime_id""")
                .param("entitlements", entitlements.stream().map(Entitlement::name).toArray(String[]::new))
                .param("dues", entitlements.stream().map(entitlement -> code.dueOn(entitlement, day, enhanced).toString())
                        .toArray(String[]::new))
                .param("crime", crime.crimeId()).param("incident", crime.incidentId()).param("victim", crime.victimId())
                .param("restricted", crime.restricted()).param("enhanced", enhanced).param("reason", reason)
                .param("at", Timestamps.of(at))
                .query(Entitlements::row).list();
        return entitlements.stream().map(entitlement -> opened.stream()
                .filter(task -> task.entitlement() == entitlement).findFirst().orElseThrow()).toList();
    }

    static VictimTask row(ResultSet rs, int row) throws SQLException {
        return new VictimTask(rs.getLong("id"), Entitlement.valueOf(rs.getString("entitlement")),
                rs.getString("entitlement_name"), (Long) rs.getObject("crime_id"), rs.getString("crime_reference"),
                rs.getLong("incident_id"), (Long) rs.getObject("victim_id"), rs.getBoolean("restricted"),
                rs.getBoolean("enhanced"), rs.getString("reason"), Timestamps.instant(rs, "opened_at"),
                rs.getObject("due_on", LocalDate.class), rs.getString("status"), Timestamps.instant(rs, "closed_at"),
                rs.getString("closed_by"), rs.getString("closing_note"));
    }
}
