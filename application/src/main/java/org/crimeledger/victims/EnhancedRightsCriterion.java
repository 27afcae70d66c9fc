package org.crimeledger.victims;

/** One row of {@code enhanced_rights_criterion}: who has enhanced rights, and how the service recognises them. */
public record EnhancedRightsCriterion(String code, String category, String name, String matchKind, String matchValue,
        boolean verified, String source) {

    /** Whether this criterion applies to a victim of the given crime; assessment criteria never match automatically. */
    public boolean matches(VictimCircumstances circumstances) {
        return switch (matchKind) {
            case "OFFENCE_GROUP" -> matchValue.equals(circumstances.offenceGroupCode());
            case "CLASSIFICATION" -> matchValue.equals(circumstances.classificationCode());
            case "FLAG" -> circumstances.flags().contains(matchValue);
            case "UNDER_AGE" -> circumstances.ageAtRecording() != null
                    && circumstances.ageAtRecording() < Integer.parseInt(matchValue);
            default -> false;
        };
    }
}
