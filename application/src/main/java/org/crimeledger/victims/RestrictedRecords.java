package org.crimeledger.victims;

import java.util.List;

import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Need-to-know for victims' records (product brief, "Who uses it"): sexual-offence and domestic-abuse
 * crimes are restricted to the Public Protection Unit, the Force Crime Registrar's team and auditors.
 * Everyone else neither sees those victims in the queue nor can act on them.
 */
@Service
public class RestrictedRecords {

    /** The team that works restricted cases. */
    public static final String PUBLIC_PROTECTION_UNIT = "PPU";

    /** The same test as {@link #restricted}, as SQL over {@code offence_classification oc} and {@code crime c}. */
    public static final String RESTRICTED_SQL =
            "(oc.offence_group_code = 'SEXUAL_OFFENCES' or 'DOMESTIC_ABUSE' = any(c.flags))";

    private final UserAccounts accounts;

    RestrictedRecords(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public static boolean restricted(String offenceGroupCode, List<String> flags) {
        return "SEXUAL_OFFENCES".equals(offenceGroupCode) || flags.contains("DOMESTIC_ABUSE");
    }

    public boolean maySeeRestricted(Actor actor) {
        return actor.has(Role.CRIME_REGISTRAR) || actor.has(Role.AUDITOR)
                || accounts.team(actor.username()).filter(PUBLIC_PROTECTION_UNIT::equals).isPresent();
    }

    /** Refuses, naming the field, when the record is restricted and the person may not see it. */
    public void requireMaySee(Actor actor, boolean restricted, String field, Object value) {
        if (restricted && !maySeeRestricted(actor)) {
            throw new InvalidRequestException(HttpStatus.FORBIDDEN, "Restricted record", field, value,
                    "This victim's record is restricted (sexual offence or domestic abuse) to the Public Protection Unit;"
                            + " nothing was recorded");
        }
    }
}
