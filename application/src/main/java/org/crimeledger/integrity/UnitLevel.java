package org.crimeledger.integrity;

import java.util.Locale;

/**
 * What the indicators are counted by: the team of the incident, the station that team works from, or the officer who
 * made the decision, recorded the crime or proposed the outcome. The facts SQL names the team
 * ({@code i.team_code as unit}); by station or officer the same SQL names the team's station or the officer's column
 * instead, so every level counts exactly the same rows.
 */
public enum UnitLevel {

    TEAM("Team"),
    STATION("Station"),
    OFFICER("Officer");

    static final String TEAM_COLUMN = "i.team_code as unit";

    /** A team's station; a team not yet given one is counted under {@code NO-STATION} rather than dropped. */
    static final String STATION_COLUMN = "coalesce((select t.station_code from team t where t.code = i.team_code), 'NO-STATION')";

    private final String noun;

    UnitLevel(String noun) {
        this.noun = noun;
    }

    /** How a unit of this level is named in an alert: "Team RESPONSE-B", "Officer officer-3f9a...". */
    public String noun() {
        return noun;
    }

    /** The level named in a request ({@code team}, {@code station} or {@code officer}, any case), or empty when it names none. */
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
        return switch (this) {
            case TEAM -> sql;
            case STATION -> sql.replace(TEAM_COLUMN, STATION_COLUMN + " as unit");
            case OFFICER -> sql.replace(TEAM_COLUMN, officerColumn(factsTable) + " as unit");
        };
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
