package org.crimeledger.incidents;

/** How a report reached the police (NSIR reporting routes). */
public enum Channel {
    EMERGENCY_999("999 call"),
    NON_EMERGENCY_101("101 call"),
    ONLINE("Online report"),
    FRONT_COUNTER("Front counter"),
    THIRD_PARTY("Third party"),
    PROFESSIONAL_THIRD_PARTY("Professional third party"),
    PARTNER_AGENCY("Partner agency referral");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
