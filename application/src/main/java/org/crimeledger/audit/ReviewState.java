package org.crimeledger.audit;

/** Where a sampled item stands: the estimate uses items that are REVIEWED, AGREED or ARBITRATED. */
public enum ReviewState {
    NOT_REVIEWED("Not reviewed", false),
    REVIEWED("Reviewed once", true),
    AGREED("Second reviewer agrees", true),
    DISAGREED("Awaiting arbitration", false),
    ARBITRATED("Arbitrated by the Force Crime Registrar", true);

    private final String label;
    private final boolean counted;

    ReviewState(String label, boolean counted) {
        this.label = label;
        this.counted = counted;
    }

    public String label() {
        return label;
    }

    public boolean counted() {
        return counted;
    }
}
