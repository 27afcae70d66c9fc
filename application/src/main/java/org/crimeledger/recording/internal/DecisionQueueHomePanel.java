package org.crimeledger.recording.internal;

import java.util.List;

import org.crimeledger.incidents.IncidentQueries.QueueCounts;
import org.crimeledger.recording.DecisionQueue;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.crimeledger.web.HomePanel;
import org.springframework.stereotype.Component;

/**
 * The decision queue on the home pages: officers and supervisors see their team's, registrars and
 * auditors the whole force's, with overdue decisions marked as needing attention.
 */
@Component
class DecisionQueueHomePanel implements HomePanel {

    private final DecisionQueue queue;
    private final UserAccounts accounts;

    DecisionQueueHomePanel(DecisionQueue queue, UserAccounts accounts) {
        this.queue = queue;
        this.accounts = accounts;
    }

    @Override
    public List<Figure> figuresFor(Actor actor) {
        boolean forceWide = actor.has(Role.CRIME_REGISTRAR) || actor.has(Role.AUDITOR);
        if (!forceWide && !actor.has(Role.OFFICER) && !actor.has(Role.SUPERVISOR)) {
            return List.of();
        }
        String team = forceWide ? null : accounts.team(actor.username()).orElse(null);
        QueueCounts counts = queue.counts(team, actor);
        String scope = team == null ? "across the force" : "for your team";
        String href = team == null ? "/decision-queue" : "/decision-queue?team=" + team;
        return List.of(
                new Figure("Awaiting a crime-recording decision", counts.awaiting(),
                        "Crime-related incidents without a decision " + scope + ".", href, false),
                new Figure("Overdue decisions", counts.overdue(),
                        "Past the 24 hours allowed from the report " + scope + ".", href, counts.overdue() > 0));
    }
}
