package org.crimeledger.recording;

import java.time.Instant;
import java.util.List;

/**
 * A crime record: one per victim for victim-based classifications, none for state-based ones.
 *
 * @param relatedClassifications offences collapsed into this one by the principal crime rule
 * @param restricted a sexual offence or domestic abuse, seen only by those with need-to-know ({@link org.crimeledger.security.NeedToKnow})
 */
public record Crime(
        long id,
        String reference,
        long incidentId,
        String incidentReference,
        String classificationCode,
        String classificationName,
        Long victimId,
        Instant offenceFrom,
        Instant offenceTo,
        Instant reportedAt,
        Instant recordedAt,
        String recordedBy,
        CrimeStatus status,
        List<String> relatedClassifications,
        List<String> flags,
        String countingRationale,
        int version,
        boolean restricted) {
}
