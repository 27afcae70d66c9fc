package org.crimeledger.victims.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crimeledger.database.Timestamps;
import org.crimeledger.victims.RestrictedRecords;
import org.crimeledger.victims.VictimCircumstances;
import org.crimeledger.victims.VictimFlag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the victims' service needs to know about a crime to open its entitlements: the classification and
 * flags (for enhanced rights and restriction) and the victim's age at recording. Reads only the date of
 * birth of the victim's details, to work out the age, never the name or contact.
 */
@Component
public class CrimeFacts {

    /** One crime with its victim, as the entitlements see it. */
    public record Facts(long crimeId, String reference, long incidentId, Long victimId, String classificationCode,
            String offenceGroupCode, List<String> flags, Instant recordedAt, LocalDate victimBorn, String status,
            Set<VictimFlag> victimFlags) {

        public VictimCircumstances circumstances(ZoneId zone) {
            Integer age = victimBorn == null ? null
                    : Period.between(victimBorn, recordedAt.atZone(zone).toLocalDate()).getYears();
            return new VictimCircumstances(classificationCode, offenceGroupCode, flags, age, victimFlags);
        }

        public boolean restricted() {
            return RestrictedRecords.restricted(offenceGroupCode, flags);
        }
    }

    /** The flags of the latest needs assessment of the victim {@code c.victim_id}, as a scalar subquery. */
    public static final String LATEST_VICTIM_FLAGS = """
            select a.flags from victim_needs_assessment a where a.victim_id = c.victim_id
            order by a.assessed_at desc, a.id desc limit 1""";

    private final JdbcClient jdbc;

    CrimeFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Facts> forCrime(long crimeId) {
        return jdbc.sql("""
                select c.id, c.reference, c.incident_id, c.victim_id, c.classification_code, oc.offence_group_code,
                       c.flags, c.recorded_at, v.date_of_birth, c.status, (""" + LATEST_VICTIM_FLAGS + """
                       ) as victim_flags
                from crime c join offence_classification oc on oc.code = c.classification_code
                left join victim v on v.id = c.victim_id where c.id = :id""")
                .param("id", crimeId)
                .query((rs, row) -> new Facts(rs.getLong("id"), rs.getString("reference"), rs.getLong("incident_id"),
                        (Long) rs.getObject("victim_id"), rs.getString("classification_code"),
                        rs.getString("offence_group_code"), Arrays.asList((String[]) rs.getArray("flags").getArray()),
                        Timestamps.instant(rs, "recorded_at"), rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("status"), victimFlags(rs.getArray("victim_flags"))))
                .optional();
    }

    static Set<VictimFlag> victimFlags(java.sql.Array array) throws java.sql.SQLException {
        Set<VictimFlag> flags = EnumSet.noneOf(VictimFlag.class);
        if (array != null) {
            for (String flag : (String[]) array.getArray()) {
                flags.add(VictimFlag.valueOf(flag));
            }
        }
        return flags;
    }

    /** For a victim named in a decision not to record: the incident's type stands in for the classification. */
    public Optional<NoCrimeVictim> forNoCrimeVictim(long victimId) {
        return jdbc.sql("""
                select v.id, v.incident_id, v.date_of_birth, i.opening_type, i.closing_type
                from victim v join incident i on i.id = v.incident_id where v.id = :id""")
                .param("id", victimId)
                .query((rs, row) -> new NoCrimeVictim(rs.getLong("id"), rs.getLong("incident_id"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        Optional.ofNullable(rs.getString("closing_type")).orElse(rs.getString("opening_type"))))
                .optional();
    }

    /** A victim named in a decision not to record, with the incident's type. */
    public record NoCrimeVictim(long victimId, long incidentId, LocalDate born, String incidentType) {

        /** Sexual offences and domestic abuse reported as such are restricted and carry enhanced rights. */
        public boolean sensitive() {
            return "SEXUAL_OFFENCE".equals(incidentType) || "DOMESTIC_ABUSE".equals(incidentType);
        }
    }
}
