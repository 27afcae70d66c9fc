package org.crimeledger.victims;

/** One row of {@code enhanced_rights_criterion}: who has enhanced rights, and how the service recognises them. */
public record EnhancedRightsCriterion(String code, String category, String name, String matchKind, String matchValue,
        boolean verified, String source) {

    /** Whether this criterion applies to a victim of the given crime; the victim's flags come from the needs assessment. */
    public boolean matches(VictimCircumstances circumstances) {
        return switch (matchKind) {
            case "OFFENCE_GROUP" -> matchValue.equals(circumstances.offenceGroupCode());
            case "CLASSIFICATION" -> matchValue.equals(circumstances.classificationCode());
            case "FLAG" -> circumstances.flags().contains(matchValue);
            case "UNDER_AGE" -> circumstances.ageAtRecording() != null
                    && circumstances.ageAtRecording() < Integer.parseInt(matchValue);
            case "VICTIM_FLAG" -> circumstances.victimFlags().stream().anyMatch(flag -> flag.name().equals(matchValue));
            default -> false;
        };
    }
}
