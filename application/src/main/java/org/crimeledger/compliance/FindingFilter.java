package org.crimeledger.compliance;

/**
 * What the findings page asks for; every part optional.
 *
 * @param ruleCode one rule's code, or null for all
 * @param severity ERROR, WARNING or INFO, or null for all
 * @param family a family's name (such as TIMELINESS), or null for all
 * @param incidentReference an incident's reference, or null for all
 */
public record FindingFilter(String ruleCode, String severity, String family, String incidentReference) {

    public static final FindingFilter ALL = new FindingFilter(null, null, null, null);
}
