package org.crimeledger.outcomes.internal;

import java.util.List;

import org.crimeledger.outcomes.Outcomes;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.web.HomePanel;
import org.springframework.stereotype.Component;

/** Outcomes waiting for an authorisation, on the home pages of those who may give one. */
@Component
class OutcomeAuthorisationHomePanel implements HomePanel {

    private final Outcomes outcomes;

    OutcomeAuthorisationHomePanel(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public List<Figure> figuresFor(Actor actor) {
        if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.CRIME_REGISTRAR)) {
            return List.of();
        }
        long waiting = outcomes.countAwaitingAuthorisation(actor);
        return List.of(new Figure("Outcomes awaiting authorisation", waiting,
                "Cautions, penalty notices and community resolutions that a policy holds for your authorisation.",
                "/outcomes/authorisations", waiting > 0));
    }
}
