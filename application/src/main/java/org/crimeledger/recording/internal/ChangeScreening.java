package org.crimeledger.recording.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.crimeledger.rules.EntryScreening;
import org.crimeledger.rules.RecordSet;
import org.crimeledger.rules.RuleFinding;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The Crime Recording Rules at the point of entry for reclassifications and cancellations: an error refuses the
 * change (problem+json naming the field), warnings are kept with the change's own reason. Without a screening
 * supplied, this module's own checks alone apply.
 */
@Component
public class ChangeScreening {

    private EntryScreening screening;

    @Autowired(required = false)
    void screenWith(EntryScreening screening) {
        this.screening = screening;
    }

    /** Refuses the change when it breaks a rule; returns the warnings it raises. */
    public List<RuleFinding> refuseErrors(long incidentId, UnaryOperator<RecordSet> change, String field) {
        if (screening == null) {
            return List.of();
        }
        List<RuleFinding> found = screening.screen(incidentId, change);
        EntryScreening.firstError(found).ifPresent(error -> {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Breaks the Crime Recording Rules",
                    field, error.code(), EntryScreening.describe(error));
        });
        return EntryScreening.warnings(found);
    }

    public void keepWarnings(long incidentId, List<RuleFinding> warnings, String reason, Actor actor, Instant at) {
        if (screening != null && !warnings.isEmpty()) {
            screening.acknowledge(incidentId, warnings, reason, actor.username(), actor.role().name(), at);
        }
    }

    /** The person deciding, as the catalogue names deciders: FCR, DDM (the registrar's team), SUPERVISOR or OFFICER. */
    public static String decider(Actor actor) {
        if (actor.forceCrimeRegistrar()) {
            return "FCR";
        }
        return switch (actor.role()) {
            case CRIME_REGISTRAR -> "DDM";
            case SUPERVISOR -> "SUPERVISOR";
            case OFFICER -> "OFFICER";
            default -> actor.has(Role.CRIME_REGISTRAR) ? "DDM" : "OTHER";
        };
    }
}
