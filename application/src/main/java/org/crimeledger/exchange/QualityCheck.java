package org.crimeledger.exchange;

/**
 * The checks run on imported data.police.uk data, per force and month (the basis of the integrity work): what
 * each looks for, in words an analyst can quote.
 */
public enum QualityCheck {
    VOLUME_AGAINST_OWN_MONTHS("Volume against the force's recent months",
            "A category's count differs by 30% or more, and by more than four standard deviations of a Poisson count, "
                    + "from the force's average over the up to three months before."),
    VOLUME_AGAINST_NEIGHBOURS("Volume against neighbouring forces",
            "A category's change from the force's recent months is 30% or more away from the median change of its "
                    + "neighbours (forces sharing a boundary; at least two with data) in the same month, beyond four "
                    + "standard deviations."),
    MISSING_CATEGORY("Missing category",
            "A category the force published in each of at least two of its recent months has no rows this month."),
    DUPLICATE_CRIME_ID("Duplicate Crime ID",
            "A Crime ID appears more than once in the force's street-level rows for the month."),
    EXACT_DUPLICATE_ROW("Exact duplicate row", "Two or more street-level rows identical in every column."),
    NO_LOCATION("Rows without location", "Street-level rows published with no coordinates (\"No Location\")."),
    OUTCOME_BEFORE_CRIME("Outcome dated before its crime",
            "An outcome's month is earlier than the month of the street-level row of the crime it belongs to."),
    OUTCOME_CRIME_UNKNOWN("Outcomes whose crime is unknown",
            "Outcome rows whose Crime ID is in no imported street-level file.");

    private final String title;
    private final String description;

    QualityCheck(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
