package org.crimeledger.incidents;

/** The national incident categories (NSIR); each has specific types in {@code incident_type}. */
public enum IncidentCategory {
    CRIME_RELATED("Crime related"),
    ANTI_SOCIAL_BEHAVIOUR("Anti-social behaviour"),
    PUBLIC_SAFETY_AND_WELFARE("Public safety and welfare"),
    TRANSPORT("Transport");

    private final String label;

    IncidentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
