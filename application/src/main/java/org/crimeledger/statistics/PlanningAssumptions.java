package org.crimeledger.statistics;

/**
 * What a sample size rests on. Every figure is shown beside the size a plan computes, so a reader can
 * see why the audit needs as many incidents as it does.
 *
 * @param expectedRate the recording rate expected (a previous audit's, or 0.5 for the most cautious size)
 * @param halfWidth the target "plus or minus", as a proportion (0.02 is 2 points)
 * @param confidence the confidence level, normally 0.95
 * @param designEffect variance inflation from crimes sharing incidents (1 for none; about 1.1 is typical)
 * @param crimesPerIncident crimes that should have been recorded per sampled incident (0.85 in Sussex 2014: 133 of 157)
 */
public record PlanningAssumptions(double expectedRate, double halfWidth, double confidence, double designEffect,
                                  double crimesPerIncident) {

    public PlanningAssumptions {
        if (!(expectedRate > 0 && expectedRate < 1)) {
            throw new IllegalArgumentException("The expected rate must be strictly between 0% and 100%, got " + expectedRate);
        }
        if (!(halfWidth > 0 && halfWidth < 0.5)) {
            throw new IllegalArgumentException(
                    "The target precision must be more than 0 and less than 50 points, got " + halfWidth * 100);
        }
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new IllegalArgumentException("The confidence level must be between 50% and 100%, got " + confidence);
        }
        if (!(designEffect >= 1 && designEffect <= 10)) {
            throw new IllegalArgumentException("The design effect must be between 1 and 10, got " + designEffect);
        }
        if (!(crimesPerIncident > 0 && crimesPerIncident <= 20)) {
            throw new IllegalArgumentException(
                    "Crimes per sampled incident must be more than 0 and at most 20, got " + crimesPerIncident);
        }
    }

    /** The inspectorate's usual target: plus or minus 2 points at 95%, a rate near 85%, no clustering allowance. */
    public static PlanningAssumptions inspectionDefaults(double halfWidth) {
        return new PlanningAssumptions(0.85, halfWidth, 0.95, 1.0, 1.0);
    }
}
