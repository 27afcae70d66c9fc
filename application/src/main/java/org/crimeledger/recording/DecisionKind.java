package org.crimeledger.recording;

/** The four ways a crime-recording decision can go (CRR26 pp.7-10, 25, 62-64). */
public enum DecisionKind {
    CRIMES_RECORDED("Crimes recorded", "One or more crimes are recorded, one per victim."),
    NO_CRIME("No crime", "No notifiable crime is recorded; the reason shows why the standard was not breached."),
    N100("N100: rape report not recorded as rape yet",
            "A reported rape not immediately recorded as a crime, with its official sub-code (CRR26 pp.62-64)."),
    TRANSFERRED("Transferred to another force", "The crime happened in another force's area and is passed to it.");

    private final String label;
    private final String meaning;

    DecisionKind(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
