package org.crimeledger.victims;

/** One row of {@code victim_entitlement}: what the victim is owed, under which right, and by when. */
public record EntitlementDefinition(String code, String name, int codeRight, int standardDays, int enhancedDays,
        boolean measured, boolean verified, String source) {

    public int days(boolean enhanced) {
        return enhanced ? enhancedDays : standardDays;
    }
}
