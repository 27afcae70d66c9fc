package org.crimeledger.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One offence the officer says happened in the report, before any counting: the unit is the
 * victim-offender relationship, so each offence names whom it was committed against and by which group of
 * offenders acting together (CRR26 p.12).
 *
 * @param classification the counting class
 * @param offenceLine the Home Office offence code within the class, such as {@code 008/30}, or null when not
 *                    known; the conduct-crime order and some exceptions are written per line (CRR26 pp.56-58)
 * @param victims keys of the victims, in the order given; empty for an offence against the State
 * @param offenderGroup key of the offenders acting together; offenders acting independently get different keys
 */
public record ReportedOffence(Classification classification, String offenceLine, Set<String> victims, String offenderGroup) {

    /** The offender group of a report that names only one offender or one group acting together. */
    public static final String ONE_OFFENDER_GROUP = "1";

    public ReportedOffence {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(offenderGroup, "offenderGroup");
        victims = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(victims, "victims")));
        if (offenceLine != null && offenceLine.isBlank()) {
            offenceLine = null;
        }
    }

    /** An offence against the named victims by the one offender group of the report. */
    public static ReportedOffence against(Classification classification, String... victims) {
        return new ReportedOffence(classification, null, new LinkedHashSet<>(Arrays.asList(victims)), ONE_OFFENDER_GROUP);
    }

    /** An offence with no victim, such as possession of drugs. */
    public static ReportedOffence againstTheState(Classification classification) {
        return new ReportedOffence(classification, null, Set.of(), ONE_OFFENDER_GROUP);
    }

    public ReportedOffence byOffenderGroup(String group) {
        return new ReportedOffence(classification, offenceLine, victims, group);
    }

    public ReportedOffence onOffenceLine(String line) {
        return new ReportedOffence(classification, line, victims, offenderGroup);
    }

    public Optional<String> line() {
        return Optional.ofNullable(offenceLine);
    }

    /** Whether the offence is on one of these offence lines; false when the line is not known. */
    boolean onAnyOf(Set<String> lines) {
        return offenceLine != null && lines.contains(offenceLine);
    }

    /** The offence as a rationale names it: "Harassment (8L 008/30)". */
    public String label() {
        return classification.name() + " (" + classification.code() + (offenceLine == null ? "" : " " + offenceLine) + ")";
    }
}
