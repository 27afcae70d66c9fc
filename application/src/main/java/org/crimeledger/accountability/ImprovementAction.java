package org.crimeledger.accountability;

import java.time.LocalDate;

/**
 * A recommendation or area for improvement from an audit, with who owns it, by when, what will be done and
 * the evidence of progress.
 *
 * @param planId the audit it came from, or null for one raised otherwise (an inspection report, say)
 * @param version how many times its progress has been recorded, for optimistic locking
 */
public record ImprovementAction(long id, Long planId, Kind kind, String finding, String action, String owner,
                                LocalDate dueDate, Status status, String evidence, int version) {

    public enum Kind {
        RECOMMENDATION("Recommendation"), AREA_FOR_IMPROVEMENT("Area for improvement");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** This action as it will read once the progress being recorded is committed: one version on. */
    ImprovementAction recorded() {
        return new ImprovementAction(id, planId, kind, finding, action, owner, dueDate, status, evidence, version + 1);
    }

    public boolean overdue(LocalDate today) {
        return status != Status.DONE && dueDate.isBefore(today);
    }
}
