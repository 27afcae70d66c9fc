package org.crimeledger.incidents;

/**
 * Who the reporter is to the victim. It matters to the decision: a professional third party or a
 * parent or carer is treated as acting for the victim (CRR26 pp.7-8).
 */
public enum ReporterRelation {
    VICTIM("The victim"),
    WITNESS("A witness"),
    THIRD_PARTY("A third party"),
    PROFESSIONAL_THIRD_PARTY("A professional third party (doctor, nurse, social worker, teacher)"),
    PARENT_OR_CARER("A parent or carer acting for the victim"),
    POLICE_DISCOVERED("Discovered by police");

    private final String label;

    ReporterRelation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
