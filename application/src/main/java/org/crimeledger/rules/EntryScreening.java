package org.crimeledger.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The catalogue at the point of entry for a change to records already held: a reclassification, a cancellation or
 * transfer proposal, an outcome. Supplied by the compliance module; the module making the change calls it before
 * writing, refuses the change on an error and keeps the warnings with the change's own reason. Only what the change
 * adds is reported: what was wrong before it stays with the batch.
 */
public interface EntryScreening {

    /**
     * The findings the change adds to the incident's records.
     *
     * @param change turns the incident's record set as held into the record set as it would be after the change
     */
    List<RuleFinding> screen(long incidentId, UnaryOperator<RecordSet> change);

    /** Keeps the warnings gone ahead despite, with the reason given; call inside the change's transaction. */
    void acknowledge(long incidentId, List<RuleFinding> warnings, String reason, String username, String role,
            Instant at);

    static Optional<RuleFinding> firstError(List<RuleFinding> findings) {
        return findings.stream().filter(finding -> finding.severity() == RuleSeverity.ERROR).findFirst();
    }

    static List<RuleFinding> warnings(List<RuleFinding> findings) {
        return findings.stream().filter(finding -> finding.severity() == RuleSeverity.WARNING).toList();
    }

    /** The officer's words for a finding, with its code, for an error message or summary. */
    static String describe(RuleFinding finding) {
        return finding.code() + ": " + finding.rule().officerMessage() + " " + finding.detail();
    }
}
