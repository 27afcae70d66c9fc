package org.crimeledger.audit;

/** One sampled incident and how far its review has gone. */
public record SampleItem(long id, String stratum, long incidentId, String incidentReference, String openingType,
                         ReviewState state) {
}
