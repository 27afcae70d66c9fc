package org.crimeledger.statistics;

/** A confidence interval for a proportion or a difference of proportions. */
public record Interval(double lower, double upper) {

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
