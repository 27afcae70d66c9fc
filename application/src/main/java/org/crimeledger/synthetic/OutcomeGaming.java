package org.crimeledger.synthetic;

/**
 * How one team games its outcomes (domain.md §7), on top of the force's plausible mix: the knobs the outcome
 * indicators are validated against.
 *
 * @param stitchedTics share of the team's outcomes turned into offences taken into consideration in bulk, eight to a
 *                     case (stitching)
 * @param outOfCourtSerious share of the team's outcomes for indictable-only offences turned into community
 *                          resolutions (out-of-court disposals for serious crime)
 * @param easyDrift share of the team's outcomes turned into penalty notices by the end of the period, rising evenly
 *                  from none over its last year, while twice that share of the rest of its charges for serious crime
 *                  become "evidential difficulties" (easy outcomes drifting up, charges for serious crime falling)
 * @param victimDoesNotSupport share of the team's domestic-abuse outcomes recorded as "victim does not support"
 *                             instead (outcome 16, or 14 where no suspect is identified): cases closed on the victim's
 *                             withdrawal without an evidence-led prosecution being considered
 */
public record OutcomeGaming(double stitchedTics, double outOfCourtSerious, double easyDrift, double victimDoesNotSupport) {

    /** Outcomes as the force's mix gives them. */
    public static final OutcomeGaming NONE = new OutcomeGaming(0, 0, 0, 0);

    public OutcomeGaming {
        for (double p : new double[] {stitchedTics, outOfCourtSerious, easyDrift, victimDoesNotSupport}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("Outcome gaming shares must be between 0 and 1, got " + p);
            }
        }
    }
}
