package org.crimeledger.rules;

import static org.crimeledger.rules.Checks.*;

import java.util.List;

/** Out-of-court disposal for an indictable-only offence without authorisation. */
final class OutOfCourtForIndictableOnly implements RecordingRule {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-OUT-002", RuleFamily.OUTCOMES, RuleSeverity.ERROR,
            "Out-of-court disposal for an indictable-only offence without authorisation",
            "A caution or penalty notice for an indictable-only offence needs the authority of a superintendent or the Crown Prosecution Service.",
            "An out-of-court disposal was given for an indictable-only offence without the required authorisation; Kent 2013 found cautions for serious crimes.",
            "HMIC Crime Recording in Kent (2013); Ministry of Justice simple cautions guidance", Verification.KNOWN);

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Violation> check(RecordSet records, RuleSettings settings) {
        return records.outcomes().stream().filter(outcome -> OutcomeTypes.FORMAL_OUT_OF_COURT.contains(outcome.type())
                        && !outcome.authorisedAtLeast("SUPERINTENDENT"))
                .filter(outcome -> records.crime(outcome.crimeReference()).map(CrimeRecord::indictableOnly).orElse(false))
                .map(outcome -> new Violation("outcome", outcome.reference(), "Outcome " + outcome.type()
                        + " for an indictable-only offence, authorised by " + deciderOrNoOne(outcome.authorisedRank()) + "."))
                .toList();
    }
}
