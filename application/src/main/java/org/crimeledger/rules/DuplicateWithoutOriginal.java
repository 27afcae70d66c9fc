package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Duplicate cancellation (C3) without the crime it duplicates. */
final class DuplicateWithoutOriginal implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CAN-006", RuleFamily.CANCELLATION, RuleSeverity.ERROR,
            "Duplicate cancellation (C3) without the crime it duplicates",
            "Give the reference of the crime this one duplicates or is part of.",
            "A crime was cancelled as a duplicate (C3) without naming the crime it duplicates.",
            "CRR26 p.25; OUT26 p.27", Verification.VERIFIED);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.cancellations().stream().filter(cancellation -> cancellation.of("C3") && blank(cancellation.duplicateOf()))
                .map(cancellation -> new Violation("cancellation", cancellation.reference(), "C3 of "
                        + cancellation.crimeReference() + " names no surviving crime."))
                .toList();
    }
}
