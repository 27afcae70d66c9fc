package org.crimeledger.victims;

import java.util.List;
import java.util.function.Supplier;

import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.stereotype.Service;

/**
 * Need-to-know as the victims' queue applies it ({@link NeedToKnow}): restricted victims are neither listed
 * nor can be acted on by those who may not see them, and are refused as not found.
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

    /**
     * Refuses when the record is restricted and the person may not see it, exactly as the caller refuses a record
     * that does not exist ({@code asUnknown}), so the refusal does not tell that a restricted record is there (ADR
     * 0011). Nothing has been written when it refuses.
     */
    public void requireMaySee(Actor actor, boolean restricted, Supplier<InvalidRequestException> asUnknown) {
        if (restricted && !maySeeRestricted(actor)) {
            throw asUnknown.get();
        }
    }
}
