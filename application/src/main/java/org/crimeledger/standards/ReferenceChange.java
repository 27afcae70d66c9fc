package org.crimeledger.standards;

/**
 * One difference between a list and the list in force before it.
 *
 * @param subject {@code class} or {@code offence}
 * @param change {@code added}, {@code amended} or {@code deleted}
 * @param code the class code, or for an offence its Home Office code and class ("008/67 8U")
 */
public record ReferenceChange(String subject, String change, String code, String description) {
}
