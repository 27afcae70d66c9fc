package org.crimeledger.rules;

import static org.crimeledger.rules.RuleFamily.TIMELINESS;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** An offence cannot start or end after it was reported, nor after the records were checked. */
final class OffenceInTheFuture implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-TIME-005", TIMELINESS, RuleSeverity.ERROR,
            "Offence date in the future",
            "The offence date is after the report was received. Correct the offence date.",
            "The offence is dated after its report (or after the records were taken): the date is wrong.",
            "Data integrity", Verification.DERIVED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.crimes().stream().flatMap(crime -> {
            Instant reported = crime.reportedAt() == null ? records.incident().receivedAt() : crime.reportedAt();
            Instant limit = reported.isBefore(settings.asOf()) ? reported : settings.asOf();
            return Stream.of(crime.offenceFrom(), crime.offenceTo())
                    .filter(time -> time != null && time.isAfter(limit)).limit(1)
                    .map(time -> Violation.onCrime(crime, "Offence dated " + time + ", after the report at " + limit + "."));
        }).toList();
    }
}
