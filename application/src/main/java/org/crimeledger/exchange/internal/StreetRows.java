package org.crimeledger.exchange.internal;

/** Street-level crime and anti-social behaviour rows. */
final class StreetRows extends RowConverter {

    private static final String ANTI_SOCIAL_BEHAVIOUR = "anti-social-behaviour";

    private final CategoryLabels labels;

    StreetRows(CategoryLabels labels) {
        this.labels = labels;
    }

    @Override
    String copyColumns() {
        return "line, crime_id, month, reported_by, falls_within, longitude, latitude, location, lsoa_code, lsoa_name, "
                + "crime_type, category_slug, last_outcome, outcome_code, context";
    }

    @Override
    void fill(String[] row, long line, Findings findings) {
        String crimeId = row[0];
        String crimeType = row[9];
        String category = labels.crimeTypes().get(crimeType);
        if (category == null) {
            findings.warn(line, "Crime type", crimeType, "not a police.uk crime type; loaded as published");
        }
        if (crimeId.isEmpty()) {
            if (category != null && !ANTI_SOCIAL_BEHAVIOUR.equals(category)) {
                findings.warn(line, "Crime ID", crimeId, "empty for a crime (only anti-social behaviour has none)");
            }
        } else if (!Fields.crimeId(crimeId)) {
            findings.reject(line, "Crime ID", crimeId, "not a 64-character lower-case hexadecimal identifier");
        }
        String month = Fields.month(row, 1, "Month", line, findings);
        Fields.coordinates(row, 4, 5, line, findings);
        if (row[2].isEmpty()) {
            findings.reject(line, "Reported by", "", "empty: every row names its force");
        }
        String lastOutcome = row[10];
        String outcome = lastOutcome.isEmpty() ? null : labels.outcomes().get(lastOutcome);
        if (!lastOutcome.isEmpty() && outcome == null) {
            findings.warn(line, "Last outcome category", lastOutcome, "not a police.uk outcome category; loaded as published");
        }
        copy.text(crimeId).plain(month).text(row[2]).text(row[3]).plain(row[4]).plain(row[5])
                .text(row[6]).text(row[7]).text(row[8]).text(crimeType).text(category)
                .text(lastOutcome).text(outcome).text(row[11]);
    }
}
