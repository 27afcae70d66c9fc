package org.crimeledger.integrity;

import java.util.Locale;

/**
 * What the indicators are counted by: the team of the incident, or the officer who made the decision, recorded the
 * crime or proposed the outcome. The facts SQL names the team ({@code i.team_code as unit}); by officer the same SQL
 * names the officer's column instead, so both levels count exactly the same rows.
 */
public enum UnitLevel {

    TEAM("Team"),
    OFFICER("Officer");

    static final String TEAM_COLUMN = "i.team_code as unit";

    private final String noun;

    UnitLevel(String noun) {
        this.noun = noun;
    }

    /** How a unit of this level is named in an alert: "Team RESPONSE-B", "Officer officer-3f9a...". */
    public String noun() {
        return noun;
    }

    /** The level named in a request ({@code team} or {@code officer}, any case), or empty when it names none. */
    public static java.util.Optional<UnitLevel> parse(String text) {
        for (UnitLevel level : values()) {
            if (level.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return java.util.Optional.of(level);
            }
        }
        return java.util.Optional.empty();
    }

    /** The facts SQL of {@code factsTable} counting this level's units. */
    String factsSql(String factsTable) {
        String sql = Indicator.factsSql(factsTable);
        if (!sql.contains(TEAM_COLUMN)) {
            throw new IllegalStateException("The facts SQL of " + factsTable + " does not name its unit as " + TEAM_COLUMN);
        }
        return this == TEAM ? sql : sql.replace(TEAM_COLUMN, officerColumn(factsTable) + " as unit");
    }

    /** Who answers for a fact: the decision maker, the recorder of the crime, the proposer of the outcome. */
    static String officerColumn(String factsTable) {
        return switch (factsTable) {
            case "decision_facts", "rape_report_facts" -> "d.decided_by";
            case "crime_facts", "month_end_facts" -> "c.recorded_by";
            case "outcome_facts" -> "o.proposed_by";
            default -> throw new IllegalArgumentException("No officer column known for " + factsTable);
        };
    }
}
