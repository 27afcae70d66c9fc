package org.crimeledger.statistics;

import java.util.List;

/**
 * The number of incidents to review for a target precision, with each step of the working.
 *
 * @param incidents incidents to sample, after the finite-population correction
 * @param crimesExpected crimes that should have been recorded expected among them
 * @param crimesForPrecision crimes a simple random sample would need, before any adjustment
 * @param populationIncidents incidents in the population sampled from
 * @param working the steps in words, for the plan page and the command line
 */
public record SampleSize(int incidents, long crimesExpected, long crimesForPrecision, long populationIncidents,
                         List<String> working) {
}
