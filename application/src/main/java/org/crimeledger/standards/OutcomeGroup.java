package org.crimeledger.standards;

/** The Home Office outcome groups of the police recorded crime outcomes open data (OUT26; open data tables user guide). */
public enum OutcomeGroup {
    CHARGED_SUMMONSED("Charged/Summonsed"),
    TAKEN_INTO_CONSIDERATION("Taken into consideration"),
    OUT_OF_COURT_FORMAL("Out-of-court (formal)"),
    OUT_OF_COURT_INFORMAL("Out-of-court (informal)"),
    PROSECUTION_PREVENTED_OR_NOT_IN_PUBLIC_INTEREST("Prosecution prevented or not in the public interest"),
    EVIDENTIAL_DIFFICULTIES_VICTIM_SUPPORTS("Evidential difficulties (suspect identified; victim supports action)"),
    EVIDENTIAL_DIFFICULTIES_VICTIM_DOES_NOT_SUPPORT("Evidential difficulties (victim does not support action)"),
    INVESTIGATION_COMPLETE_NO_SUSPECT("Investigation complete - no suspect identified"),
    TRANSFERRED_TO_ANOTHER_BODY("Responsibility for further investigation transferred to another body"),
    FURTHER_INVESTIGATION_NOT_IN_PUBLIC_INTEREST(
            "Further investigation to support formal action not in the public interest - police decision"),
    DIVERSIONARY_ACTIVITY("Diversionary, educational or intervention activity"),
    // Our own holders: the published group of outcome types 23, 24 (deferred prosecution) and 19 (NFIB fraud)
    // was not found, so these may be renamed or merged once the open data user guide is checked.
    DEFERRED_PROSECUTION("Deferred prosecution (group not confirmed)"),
    FRAUD("NFIB fraud case (group not confirmed)");

    private final String displayName;

    OutcomeGroup(String displayName) {
        this.displayName = displayName;
    }

    /** The group's name, the same as {@code outcome_group.name}. */
    public String displayName() {
        return displayName;
    }
}
