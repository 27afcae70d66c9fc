package org.crimeledger.statistics;

/** The inspectorate's four graded judgments for crime recording (rolling CDI programme). */
public enum Grade {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
