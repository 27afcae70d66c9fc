package org.crimeledger.synthetic.internal;

/**
 * The facts of a Home Office counting class that the synthetic force needs. They copy the
 * {@code offence_classification} reference data, and a database test keeps the two in step.
 *
 * @param seriousnessRank 1 is the most serious (CRR26 p.14); the principal crime rule keeps the lowest
 * @param indictableOnly only the Crown Court may try it ({@code indictable_only_offence}, whose rows the out-of-court
 *                       disposal policy reads, and a mode of trial of I alone)
 */
public record Offence(String code, String group, boolean victimBased, int seriousnessRank, boolean indictableOnly) {

    static final String VIOLENCE = "VIOLENCE_AGAINST_THE_PERSON";
    static final String SEXUAL = "SEXUAL_OFFENCES";

    public boolean rape() {
        return code.startsWith("19");
    }

    /** Children's classes, whose victims are under 13 or under 16. */
    int maximumVictimAge() {
        return switch (code) {
            case "19E", "19H", "20B", "17B" -> 12;
            case "19D", "19G" -> 15;
            default -> 90;
        };
    }

    public boolean moreSeriousThan(Offence other) {
        return seriousnessRank < other.seriousnessRank;
    }
}
