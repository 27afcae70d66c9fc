package org.crimeledger.rules;

import java.util.Objects;

/**
 * The facts of a Home Office counting class that the counting rules need, filled by the caller from the
 * {@code offence_classification} reference data, so the rules stay free of the database.
 *
 * @param code the counting class, for example {@code 8N} or {@code 34B}
 * @param name the class's name, used in rationales
 * @param victimBased whether the class has a victim (NOL26 marker V), as opposed to an offence against the State
 * @param courseOfConduct whether the offence needs a course of conduct: harassment, stalking, controlling or
 *                        coercive behaviour (CRR26 pp.50-58)
 * @param seriousnessRank 1 is the most serious, from the principal crime look-up table (CRR26 p.14); when the
 *                        offence line is known, give the rank of that line's row, because a class ranks with
 *                        its most serious line (criminal damage 58A-D ranks as criminal damage endangering life)
 */
public record Classification(String code, String name, boolean victimBased, boolean courseOfConduct, int seriousnessRank) {

    public Classification {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A classification needs a code");
        }
        if (seriousnessRank < 1) {
            throw new IllegalArgumentException("A seriousness rank starts at 1, got " + seriousnessRank + " for " + code);
        }
    }

    /** Whether this class is more serious than the other by the look-up table. */
    public boolean moreSeriousThan(Classification other) {
        return seriousnessRank < other.seriousnessRank;
    }

    /** The class as a rationale names it: "Harassment (8L)". */
    public String label() {
        return name + " (" + code + ")";
    }
}
