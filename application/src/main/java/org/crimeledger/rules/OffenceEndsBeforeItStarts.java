package org.crimeledger.rules;

import static org.crimeledger.rules.RuleFamily.TIMELINESS;

import java.util.List;

/** An offence's period must run forwards. */
final class OffenceEndsBeforeItStarts implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-TIME-006", TIMELINESS, RuleSeverity.ERROR,
            "Offence ends before it starts",
            "The offence's end is before its start. Correct the offence dates.",
            "The offence period is reversed: one of its dates is wrong.", "Data integrity", Verification.DERIVED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.crimes().stream()
                .filter(crime -> crime.offenceFrom() != null && crime.offenceTo() != null
                        && crime.offenceTo().isBefore(crime.offenceFrom()))
                .map(crime -> Violation.onCrime(crime, "Offence from " + crime.offenceFrom() + " to " + crime.offenceTo() + "."))
                .toList();
    }
}
