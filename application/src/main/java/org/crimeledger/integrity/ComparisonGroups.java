package org.crimeledger.integrity;

import java.util.Map;
import java.util.Optional;

/**
 * Which units are comparable: each unit's comparison group, named as a plural noun ("response teams", "investigation
 * teams"), so that the funnel test compares a response team with the other response teams rather than with a public
 * protection unit whose case mix differs (the FBI's method stratifies comparable units first; docs/statistics.md). A
 * unit with no group, or alone in its group, is compared with the rest of the force. {@link #NONE}: every unit with
 * every other, as before groups existed.
 */
public record ComparisonGroups(Map<String, String> byUnit) {

    public static final ComparisonGroups NONE = new ComparisonGroups(Map.of());

    /** The table of teams' groups in a national export and in facts loaded for {@code runOnFacts}. */
    public static final String TEAM_GROUPS = "team_groups";

    /** A force's teams' groups (a team given none is left out), the same for the application and an export. */
    public static final String TEAM_GROUPS_SQL = "select code as team, comparison_group from team where comparison_group is not null";

    public ComparisonGroups {
        Map<String, String> given = new java.util.TreeMap<>();
        byUnit.forEach((unit, group) -> {
            if (group != null && !group.isBlank()) {
                given.put(unit, group.strip());
            }
        });
        byUnit = Map.copyOf(given);
    }

    /** The unit's group, when it has one. */
    public Optional<String> of(String unit) {
        return Optional.ofNullable(byUnit.get(unit));
    }

    public boolean isEmpty() {
        return byUnit.isEmpty();
    }
}
