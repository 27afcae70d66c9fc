package org.crimeledger.victims;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The Victims' Code as data: the entitlements with their working-day limits, the enhanced-rights criteria
 * and the bank-holiday calendar, read once from the tables the migrations load.
 */
@Service
public class VictimsCode {

    private final JdbcClient jdbc;
    private volatile Loaded loaded;

    VictimsCode(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Loaded(Map<Entitlement, EntitlementDefinition> entitlements, List<EnhancedRightsCriterion> criteria,
            WorkingDayCalendar calendar) {
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            Map<Entitlement, EntitlementDefinition> entitlements = new EnumMap<>(Entitlement.class);
            jdbc.sql("select * from victim_entitlement order by display_order").query(EntitlementDefinition.class).list()
                    .forEach(definition -> entitlements.put(Entitlement.valueOf(definition.code()), definition));
            List<EnhancedRightsCriterion> criteria = jdbc.sql("select * from enhanced_rights_criterion order by code")
                    .query(EnhancedRightsCriterion.class).list();
            List<LocalDate> holidays = jdbc.sql("select day from bank_holiday").query(LocalDate.class).list();
            current = new Loaded(entitlements, criteria, new WorkingDayCalendar(new HashSet<>(holidays)));
            loaded = current;
        }
        return current;
    }

    public List<EntitlementDefinition> entitlements() {
        return List.copyOf(loaded().entitlements().values());
    }

    public EntitlementDefinition entitlement(Entitlement entitlement) {
        return loaded().entitlements().get(entitlement);
    }

    public List<EnhancedRightsCriterion> criteria() {
        return loaded().criteria();
    }

    public WorkingDayCalendar calendar() {
        return loaded().calendar();
    }

    /** The criteria that give this victim enhanced rights; empty when none applies automatically. */
    public List<EnhancedRightsCriterion> enhancedRightsFor(VictimCircumstances circumstances) {
        return criteria().stream().filter(criterion -> criterion.matches(circumstances)).toList();
    }

    /** The day an entitlement triggered on {@code day} is due. */
    public LocalDate dueOn(Entitlement entitlement, LocalDate day, boolean enhanced) {
        return calendar().plusWorkingDays(day, entitlement(entitlement).days(enhanced));
    }
}
