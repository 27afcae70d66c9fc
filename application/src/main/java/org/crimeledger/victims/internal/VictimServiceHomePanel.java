package org.crimeledger.victims.internal;

import java.util.List;

import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.victims.VictimQueue;
import org.crimeledger.web.HomePanel;
import org.springframework.stereotype.Component;

/**
 * Victims' entitlements on the home pages: the victim service sees what is due today and overdue; officers,
 * supervisors and the registrar's team see the overdue count, since a late update is often theirs to give.
 */
@Component
class VictimServiceHomePanel implements HomePanel {

    private final VictimQueue queue;

    VictimServiceHomePanel(VictimQueue queue) {
        this.queue = queue;
    }

    @Override
    public List<Figure> figuresFor(Actor actor) {
        boolean service = actor.has(Role.VICTIM_SERVICE);
        if (!service && !actor.has(Role.OFFICER) && !actor.has(Role.SUPERVISOR) && !actor.has(Role.CRIME_REGISTRAR)) {
            return List.of();
        }
        VictimQueue.Counts counts = queue.counts(actor);
        String href = service ? "/victims/queue" : "/crimes";
        Figure overdue = new Figure("Victims' Code tasks overdue", counts.overdue(),
                "Entitlements owed to victims and past their working-day limit.", href, counts.overdue() > 0);
        if (!service) {
            return List.of(overdue);
        }
        return List.of(new Figure("Victims' Code tasks due today", counts.dueToday(),
                "Acknowledgements, referrals, updates and offers due by the end of today.", href, false), overdue);
    }
}
