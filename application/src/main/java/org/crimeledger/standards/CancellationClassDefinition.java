package org.crimeledger.standards;

/** A cancellation class (C1 to C5) with the evidence the record must show (CRR26 pp.25-26; OUT26 pp.26-30). */
public record CancellationClassDefinition(
        String code,
        String name,
        String meaning,
        String evidenceRequired,
        boolean transfer,
        boolean victimToldBeforeRemoval,
        boolean needsAdditionalVerifiableInformation,
        boolean verified,
        String source) {
}
