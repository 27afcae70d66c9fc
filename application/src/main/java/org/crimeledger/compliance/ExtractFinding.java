package org.crimeledger.compliance;

import org.crimeledger.rules.RuleSeverity;

/**
 * One finding on an interchange extract: where it is (file and line, and the column for a format fault), which
 * record, which rule or format check, and what was found.
 *
 * @param line the line the record starts on (1 is the header), or 0 for a finding on the whole file
 * @param column the column at fault, or empty when the finding is on the record
 * @param record the record's reference, or empty when the row could not be read
 * @param code a catalogue code such as {@code CRR-TIME-001}, or a format code such as {@code CSV-004}
 */
public record ExtractFinding(String file, long line, String column, String record, String code, RuleSeverity severity,
        String message) {
}
