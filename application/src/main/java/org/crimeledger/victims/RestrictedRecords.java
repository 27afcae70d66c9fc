package org.crimeledger.victims;

import java.util.List;

import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Need-to-know as the victims' queue applies it ({@link NeedToKnow}): restricted victims are neither listed
 * nor can be acted on by those who may not see them.
 */
@Service
public class RestrictedRecords {

    /** The same test as {@link #restricted}, as SQL over {@code offence_classification oc} and {@code crime c}. */
    public static final String RESTRICTED_SQL = NeedToKnow.restrictedCrimeSql("c", "oc");

    private final NeedToKnow needToKnow;

    RestrictedRecords(NeedToKnow needToKnow) {
        this.needToKnow = needToKnow;
    }

    public static boolean restricted(String offenceGroupCode, List<String> flags) {
        return NeedToKnow.restricted(offenceGroupCode, flags);
    }

    public boolean maySeeRestricted(Actor actor) {
        return needToKnow.maySeeRestricted(actor);
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
