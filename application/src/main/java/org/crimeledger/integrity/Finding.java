package org.crimeledger.integrity;

import org.crimeledger.statistics.Signal;

/**
 * One test of one indicator for one team, with its false-discovery-adjusted q-value and, when it is an
 * alert, what it means in plain English.
 */
public record Finding(Indicator indicator, String unit, Check check, Signal signal, double qValue, boolean alert,
        String explanation) {

    /** The three ways a team is compared. */
    public enum Check {
        FUNNEL("against comparable units over the last twelve months (funnel plot)"),
        LONGITUDINAL("the last month against its own twelve months before it"),
        CHANGE_POINT("a lasting change of level over the last two years");

        private final String description;

        Check(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
