package org.crimeledger.standards;

/** A data.police.uk street-level crime category, as it appears in the CSV files and the API. */
public record PoliceUkCategory(String slug, String label, boolean isCrime, String description) {
}
