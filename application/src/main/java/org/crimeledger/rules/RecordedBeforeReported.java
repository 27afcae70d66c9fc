package org.crimeledger.rules;

import static org.crimeledger.rules.RuleFamily.TIMELINESS;

import java.time.Instant;
import java.util.List;

/** A crime cannot be recorded before the report that disclosed it was received. */
final class RecordedBeforeReported implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-TIME-004", TIMELINESS, RuleSeverity.ERROR,
            "Crime recorded before it was reported",
            "The recording time is before the time the report was received. Correct one of the times.",
            "A crime's recording time is earlier than its report time: one of the times is wrong, so the timeliness of"
                    + " this record cannot be trusted.",
            "CRR26 p.10 (the clock starts at the report); data integrity", Verification.DERIVED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.crimes().stream().filter(crime -> crime.recordedAt().isBefore(reported(records, crime)))
                .map(crime -> Violation.onCrime(crime, "Recorded at " + crime.recordedAt() + ", reported at "
                        + reported(records, crime) + "."))
                .toList();
    }

    private static Instant reported(RecordSet records, CrimeRecord crime) {
        return crime.reportedAt() == null ? records.incident().receivedAt() : crime.reportedAt();
    }
}
