package org.crimeledger.rules;

import java.util.List;

/**
 * How many crimes one report makes and of what classification, with the findings the recorder must look
 * at. It is a proposal: the recorder confirms it, and the choice is recorded with its rationale.
 */
public record CountingDecision(List<ProposedCrime> crimes, List<Finding> findings) {

    public CountingDecision {
        crimes = List.copyOf(crimes);
        findings = List.copyOf(findings);
    }

    public int numberOfCrimes() {
        return crimes.size();
    }

    public List<ProposedCrime> crimesAgainst(String victim) {
        return crimes.stream().filter(crime -> victim.equals(crime.victim())).toList();
    }

    /** Whether any finding asks the recorder to look before recording. */
    public boolean needsReview() {
        return findings.stream().anyMatch(finding -> finding.severity() == CountingRuleCode.Severity.WARNING);
    }

    public boolean found(CountingRuleCode code) {
        return findings.stream().anyMatch(finding -> finding.code() == code);
    }
}
