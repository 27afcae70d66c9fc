package org.crimeledger.web;

import java.util.List;

import org.crimeledger.security.Actor;

/**
 * A figure a capability puts on the home pages of the roles it concerns, such as the number of
 * incidents overdue for their crime-recording decision. Capabilities implement this as a bean, so
 * the shared home page never depends on them.
 */
public interface HomePanel {

    /** The figures for this person, or none if their role has nothing to see here. */
    List<Figure> figuresFor(Actor actor);

    /** One figure: a count with what it means and where to act on it; {@code warning} when it needs attention. */
    record Figure(String label, long count, String description, String href, boolean warning) {
    }
}
