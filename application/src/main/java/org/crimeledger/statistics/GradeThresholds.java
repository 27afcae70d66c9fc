package org.crimeledger.statistics;

/**
 * The lowest recording rate for each grade. The inspectorate's numeric bands were never published; the
 * defaults agree with every published rate-and-grade pair of the 2017-2019 programme (domain reference 6.6):
 * 93.4% outstanding, 90.7% and 89.5% good, 89.1% and 87.8% requires improvement, 84.1% and below inadequate.
 * A force sets its own in configuration. The grade is a starting point for the judgment, which also weighs
 * the criteria no sample measures.
 */
public record GradeThresholds(double outstanding, double good, double requiresImprovement) {

    public static final GradeThresholds DEFAULTS = new GradeThresholds(0.93, 0.892, 0.86);

    public GradeThresholds {
        if (!(outstanding <= 1 && outstanding > good && good > requiresImprovement && requiresImprovement > 0)) {
            throw new IllegalArgumentException("Grade thresholds must fall from outstanding to requires improvement, "
                    + "each between 0% and 100%: got " + outstanding + ", " + good + ", " + requiresImprovement);
        }
    }

    public Grade grade(double rate) {
        if (rate >= outstanding) {
            return Grade.OUTSTANDING;
        }
        if (rate >= good) {
            return Grade.GOOD;
        }
        if (rate >= requiresImprovement) {
            return Grade.REQUIRES_IMPROVEMENT;
        }
        return Grade.INADEQUATE;
    }
}
