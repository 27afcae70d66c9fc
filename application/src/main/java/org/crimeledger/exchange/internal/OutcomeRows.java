package org.crimeledger.exchange.internal;

/** Outcome rows: one per outcome given to a crime in a month. */
final class OutcomeRows extends RowConverter {

    private final CategoryLabels labels;

    OutcomeRows(CategoryLabels labels) {
        this.labels = labels;
    }

    @Override
    String copyColumns() {
        return "line, crime_id, month, reported_by, falls_within, longitude, latitude, location, lsoa_code, lsoa_name, "
                + "outcome_type, outcome_code";
    }

    @Override
    void fill(String[] row, long line, Findings findings) {
        String crimeId = row[0];
        if (!Fields.crimeId(crimeId)) {
            findings.reject(line, "Crime ID", crimeId, crimeId.isEmpty() ? "empty: an outcome belongs to a crime"
                    : "not a 64-character lower-case hexadecimal identifier");
        }
        String month = Fields.month(row, 1, "Month", line, findings);
        Fields.coordinates(row, 4, 5, line, findings);
        String outcomeType = row[9];
        String outcome = labels.outcomes().get(outcomeType);
        if (outcomeType.isEmpty()) {
            findings.reject(line, "Outcome type", outcomeType, "empty: an outcome row names its outcome");
        } else if (outcome == null) {
            findings.warn(line, "Outcome type", outcomeType, "not a police.uk outcome category; loaded as published");
        }
        copy.text(crimeId).plain(month).text(row[2]).text(row[3]).plain(row[4]).plain(row[5])
                .text(row[6]).text(row[7]).text(row[8]).text(outcomeType).text(outcome);
    }
}
