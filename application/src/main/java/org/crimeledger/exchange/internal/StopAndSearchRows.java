package org.crimeledger.exchange.internal;

import java.util.Set;

/** Stop-and-search rows: one per search, with its time, place (or none), person and outcome. */
final class StopAndSearchRows extends RowConverter {

    private static final Set<String> TYPES = Set.of("Person search", "Vehicle search", "Person and Vehicle search");

    @Override
    String copyColumns() {
        return "line, type, searched_at, part_of_operation, operation, latitude, longitude, gender, age_range, "
                + "self_defined_ethnicity, officer_defined_ethnicity, legislation, object_of_search, outcome, "
                + "outcome_linked_to_object, removal_of_outer_clothing";
    }

    @Override
    void fill(String[] row, long line, Findings findings) {
        String type = row[0];
        if (!TYPES.contains(type)) {
            findings.reject(line, "Type", type, "not one of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        String at = Fields.timestamp(row, 1, "Date", line, findings);
        String partOfOperation = Fields.bool(row, 2, "Part of a policing operation", line, findings);
        Fields.coordinates(row, 5, 4, line, findings);
        String linked = Fields.bool(row, 13, "Outcome linked to object of search", line, findings);
        String removal = Fields.bool(row, 14, "Removal of more than just outer clothing", line, findings);
        copy.text(type).plain(at).plain(partOfOperation).text(row[3]).plain(row[4]).plain(row[5])
                .text(row[6]).text(row[7]).text(row[8]).text(row[9]).text(row[10])
                .text(row[11]).text(row[12]).plain(linked).plain(removal);
    }
}
