package org.crimeledger.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Need-to-know for restricted records (product brief, "Who uses it"): sexual-offence and domestic-abuse
 * crimes, and the incidents behind them, are seen only by the Force Crime Registrar's team, auditors and the
 * Public Protection Unit, and by the person who wrote the record. Every module asks here, in Java or in SQL;
 * both forms are built from the same constants, so they cannot drift apart.
 */
@Service
public class NeedToKnow {

    /** The team that works restricted cases. */
    public static final String PUBLIC_PROTECTION_UNIT = "PPU";
    /** Crimes of this offence group are restricted. */
    public static final String RESTRICTED_OFFENCE_GROUP = "SEXUAL_OFFENCES";
    /** Crimes carrying this flag are restricted. */
    public static final String RESTRICTED_FLAG = "DOMESTIC_ABUSE";
    /** Incidents opened with this type are restricted before any crime is recorded. */
    public static final String RESTRICTED_OPENING_TYPE = "SEXUAL_OFFENCE";

    /** Roles that see restricted records whatever their team. */
    private static final Set<Role> ALWAYS = EnumSet.of(Role.CRIME_REGISTRAR, Role.AUDITOR);
    /** Roles that see them when they work in the Public Protection Unit; the others never read records. */
    private static final Set<Role> IN_THE_UNIT = EnumSet.of(Role.CALL_HANDLER, Role.OFFICER, Role.SUPERVISOR,
            Role.VICTIM_SERVICE);

    private final UserAccounts accounts;

    NeedToKnow(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Whether a crime of this offence group with these flags is restricted. */
    public static boolean restricted(String offenceGroupCode, Collection<String> flags) {
        return RESTRICTED_OFFENCE_GROUP.equals(offenceGroupCode) || flags != null && flags.contains(RESTRICTED_FLAG);
    }

    /** {@link #restricted} as SQL over a crime row ({@code crime}) and its classification ({@code classification}). */
    public static String restrictedCrimeSql(String crime, String classification) {
        return "(" + classification + ".offence_group_code = '" + RESTRICTED_OFFENCE_GROUP + "' or '"
                + RESTRICTED_FLAG + "' = any(" + crime + ".flags))";
    }

    /** An incident is restricted when it was opened as a sexual offence or any of its crimes is restricted. */
    public static String restrictedIncidentSql(String incident) {
        return "(" + incident + ".opening_type = '" + RESTRICTED_OPENING_TYPE + "' or exists (select 1 from crime nk_c"
                + " join offence_classification nk_oc on nk_oc.code = nk_c.classification_code"
                + " where nk_c.incident_id = " + incident + ".id and " + restrictedCrimeSql("nk_c", "nk_oc") + "))";
    }

    /** SQL true when the {@link Reader} bound with {@link Reader#PARAMETERS} may see the crime. */
    public static String crimeVisibleSql(String crime, String classification) {
        return "(:seesRestricted or " + crime + ".recorded_by = :reader or not "
                + restrictedCrimeSql(crime, classification) + ")";
    }

    /** SQL true when the {@link Reader} bound with {@link Reader#PARAMETERS} may see the incident. */
    public static String incidentVisibleSql(String incident) {
        return "(:seesRestricted or " + incident + ".opened_by = :reader or not " + restrictedIncidentSql(incident)
                + ")";
    }

    public boolean maySeeRestricted(Actor actor) {
        if (actor.roles().stream().anyMatch(ALWAYS::contains)) {
            return true;
        }
        return actor.roles().stream().anyMatch(IN_THE_UNIT::contains)
                && accounts.team(actor.username()).filter(PUBLIC_PROTECTION_UNIT::equals).isPresent();
    }

    public Reader reader(Actor actor) {
        return new Reader(actor.username(), maySeeRestricted(actor));
    }

    /** Someone reading records, and whether they may see restricted ones; bound to the SQL above. */
    public record Reader(String username, boolean seesRestricted) {

        /** The names of the parameters the visibility SQL uses, bound by {@link #bind}. */
        public static final String PARAMETERS = ":reader, :seesRestricted";

        public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.param("reader", username).param("seesRestricted", seesRestricted);
        }

        /** Whether this reader may see a record that is (or is not) restricted and was written by {@code author}. */
        public boolean maySee(boolean restricted, String author) {
            return !restricted || seesRestricted || username.equals(author);
        }

        /** Someone who sees everything: batch work and the command line. */
        public static Reader everything(String name) {
            return new Reader(name, true);
        }
    }
}
