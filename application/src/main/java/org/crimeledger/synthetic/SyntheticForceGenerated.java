package org.crimeledger.synthetic;

/**
 * Published when the embedded demo has generated its synthetic force, so whatever was computed at start-up over
 * an empty database (the stored integrity reports) can be computed again over the force's records.
 */
public record SyntheticForceGenerated(long crimesRecorded) {
}
