package org.crimeledger.standards;

import java.util.List;

/**
 * What importing a list would do: its findings, its counts and its differences against the list in force before
 * its year starts. It can be applied only when there is no error.
 *
 * @param comparedWith the version the differences are against, described for people
 */
public record ImportPreview(
        FinancialYear year,
        String source,
        String sha256,
        List<ImportFinding> findings,
        int lineCount,
        int classCount,
        int currentOffenceCount,
        String comparedWith,
        List<ReferenceChange> changes) {

    public boolean applicable() {
        return findings.stream().noneMatch(ImportFinding::isError);
    }

    public long errorCount() {
        return findings.stream().filter(ImportFinding::isError).count();
    }

    public long count(String subject, String change) {
        return changes.stream().filter(c -> c.subject().equals(subject) && c.change().equals(change)).count();
    }

    /** "classes: 2 added, 0 amended, 5 deleted; offences: ..." */
    public String changeSummary() {
        return "classes: " + count("class", "added") + " added, " + count("class", "amended") + " amended, "
                + count("class", "deleted") + " deleted; offence lines: " + count("offence", "added") + " added, "
                + count("offence", "amended") + " amended, " + count("offence", "deleted") + " deleted";
    }
}
