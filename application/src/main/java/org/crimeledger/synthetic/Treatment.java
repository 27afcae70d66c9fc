package org.crimeledger.synthetic;

/**
 * What the synthetic force actually did with an incident, against what the rules required: the
 * {@code treatment} of its ground truth, which an audit's findings are compared with.
 */
public enum Treatment {
    NOT_CRIME_RELATED("No crime was reported, so no decision was needed."),
    AWAITING_DECISION("A possible crime whose decision was still awaited when the records were taken."),
    CORRECTLY_NOT_RECORDED("No crime was recorded, rightly: no crime, an unconfirmed rape report (N100) or a transfer."),
    RECORDED_CORRECTLY("The crimes were recorded, correctly and in time."),
    RECORDED_LATE("The crimes were recorded correctly, but after the deadline."),
    UNDER_RECORDED("Crimes that should have been recorded were not: the decision said no crime, or N100."),
    DOWNGRADED("A crime was recorded, then reclassified to a less serious class without good reason."),
    WRONGLY_CANCELLED("A crime was recorded, then cancelled without a valid ground."),
    CORRECTLY_CANCELLED("A crime was recorded, then cancelled or transferred on a valid ground.");

    private final String meaning;

    Treatment(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether the incident's crimes were recorded, as an inspection counts them (timeliness apart). */
    public boolean recorded() {
        return this == RECORDED_CORRECTLY || this == RECORDED_LATE || this == DOWNGRADED
                || this == WRONGLY_CANCELLED || this == CORRECTLY_CANCELLED;
    }
}
