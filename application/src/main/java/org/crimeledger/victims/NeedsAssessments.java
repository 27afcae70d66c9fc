package org.crimeledger.victims;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crimeledger.ForceProperties;
import org.crimeledger.database.Timestamps;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.security.Actor;
import org.crimeledger.victims.internal.CrimeFacts;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a victim's needs assessment. The flags it finds (vulnerable, intimidated, persistently targeted)
 * are matched by the enhanced-rights criteria like the crime's own facts; where they give the victim enhanced
 * rights, the victim's open tasks are brought forward to the enhanced limits counted from the day each was
 * opened. A later assessment without the flags leaves deadlines already brought forward as they are: a
 * victim is never owed less because of a reassessment.
 */
@Service
public class NeedsAssessments {

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final VictimsCode code;
    private final CrimeFacts facts;
    private final Entitlements entitlements;
    private final Ledger ledger;
    private final Clock clock;
    private final ForceProperties force;

    NeedsAssessments(JdbcClient jdbc, Contacts contacts, VictimsCode code, CrimeFacts facts, Entitlements entitlements,
            Ledger ledger, Clock clock, ForceProperties force) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.code = code;
        this.facts = facts;
        this.entitlements = entitlements;
        this.ledger = ledger;
        this.clock = clock;
        this.force = force;
    }

    @Transactional
    public NeedsAssessment record(long victimId, Set<VictimFlag> flags, String note, Actor actor) {
        contacts.requireMaySee(victimId, actor);
        if (note == null || note.isBlank() || note.length() > 5000) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Note required", "note", null,
                    "Say what the assessment found and what the victim asked for, in up to 5,000 characters");
        }
        Set<VictimFlag> found = flags == null || flags.isEmpty() ? EnumSet.noneOf(VictimFlag.class) : EnumSet.copyOf(flags);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into victim_needs_assessment (victim_id, flags, note, assessed_by, assessed_role, assessed_at)
                values (:victim, :flags, :note, :by, :role, :at) returning id""")
                .param("victim", victimId).param("flags", found.stream().map(Enum::name).toArray(String[]::new))
                .param("note", note.strip()).param("by", actor.username()).param("role", actor.role().name())
                .param("at", Timestamps.of(now)).query(Long.class).single();
        ledger.recordChange(LedgeredChange.created(actor, "VictimNeedsAssessed", "victim_needs_assessment", id,
                found.isEmpty() ? "no flags" : found.toString()));

        for (VictimTask task : entitlements.forVictim(victimId)) {
            if (task.open() && task.entitlement() == Entitlement.NEEDS_ASSESSMENT) {
                entitlements.close(task.id(), false, "Needs assessment recorded", actor);
            }
        }
        List<String> criteria = enhancedRights(victimId, found);
        int broughtForward = criteria.isEmpty() ? 0 : bringForward(victimId, actor);
        return new NeedsAssessment(victimId, found, note.strip(), actor.username(), now, criteria, broughtForward);
    }

    /** The latest assessment's flags; none before the first assessment. */
    public Set<VictimFlag> latestFlags(long victimId) {
        Optional<String[]> flags = jdbc.sql("""
                select flags from victim_needs_assessment where victim_id = :victim
                order by assessed_at desc, id desc limit 1""")
                .param("victim", victimId).query((rs, row) -> (String[]) rs.getArray(1).getArray()).optional();
        Set<VictimFlag> result = EnumSet.noneOf(VictimFlag.class);
        flags.ifPresent(names -> List.of(names).forEach(name -> result.add(VictimFlag.valueOf(name))));
        return result;
    }

    /** The criteria that apply to the victim now: those of each of their crimes, and the assessment's flags. */
    private List<String> enhancedRights(long victimId, Set<VictimFlag> found) {
        List<Long> crimes = jdbc.sql("select id from crime where victim_id = :victim order by id").param("victim", victimId)
                .query(Long.class).list();
        List<String> codes = new ArrayList<>();
        List<VictimCircumstances> circumstances = new ArrayList<>();
        crimes.forEach(crimeId -> facts.forCrime(crimeId).ifPresent(f -> circumstances.add(f.circumstances(force.timeZone()))));
        if (circumstances.isEmpty()) {
            circumstances.add(new VictimCircumstances(null, null, List.of(), null, found));
        }
        for (VictimCircumstances each : circumstances) {
            code.enhancedRightsFor(each).forEach(criterion -> {
                if (!codes.contains(criterion.code())) {
                    codes.add(criterion.code());
                }
            });
        }
        return codes;
    }

    /** Open tasks not yet on enhanced limits get them, due from the day each was opened, never later than before. */
    private int bringForward(long victimId, Actor actor) {
        int changed = 0;
        for (VictimTask task : entitlements.forVictim(victimId)) {
            if (!task.open() || task.enhanced()) {
                continue;
            }
            var due = code.dueOn(task.entitlement(), task.openedAt().atZone(force.timeZone()).toLocalDate(), true);
            String before = ledger.snapshot("victim_task", task.id()).orElseThrow();
            jdbc.sql("update victim_task set enhanced = true, due_on = least(due_on, :due) where id = :id and status = 'OPEN'")
                    .param("due", due).param("id", task.id()).update();
            ledger.recordChange(LedgeredChange.changed(actor,
                    "EnhancedRightsApplied", "victim_task", task.id(), "Needs assessment found enhanced rights", before));
            changed++;
        }
        return changed;
    }
}
