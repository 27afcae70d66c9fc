package org.crimeledger.rules;

import java.util.Objects;

/**
 * The facts of a Home Office counting class that the catalogue needs, from the offence classifications.
 *
 * @param victimBased whether the class has a victim (NOL26 marker V)
 * @param courseOfConduct harassment, stalking, controlling or coercive behaviour (CRR26 pp.55-57)
 */
public record OffenceClass(String code, boolean victimBased, boolean courseOfConduct) {

    public OffenceClass {
        Objects.requireNonNull(code, "code");
    }

    public boolean rape() {
        return OffenceClasses.RAPE.contains(code);
    }

    public boolean homicide() {
        return OffenceClasses.HOMICIDE.contains(code);
    }

    /** Whether the class is recorded in addition to others against the same victim (CRR26 pp.13, 48). */
    public boolean recordedInAddition() {
        return OffenceClasses.RECORDED_IN_ADDITION.contains(code);
    }
}
