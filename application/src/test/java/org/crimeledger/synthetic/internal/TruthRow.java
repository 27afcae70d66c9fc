package org.crimeledger.synthetic.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crimeledger.synthetic.Treatment;

/** One ground-truth row as the generator writes it for {@code COPY}, read back for the statistical tests. */
record TruthRow(long incidentId, boolean crimeRelated, boolean shouldRecord, List<String> classifications,
        String principalGroup, int victims, int recordedCrimes, boolean late, Treatment treatment) {

    static TruthRow parse(String line) {
        List<String> fields = fields(line);
        String codes = fields.get(4).substring(1, fields.get(4).length() - 1);
        return new TruthRow(Long.parseLong(fields.get(0)), fields.get(2).equals("t"), fields.get(3).equals("t"),
                codes.isEmpty() ? List.of() : Arrays.asList(codes.split(",")),
                fields.get(5).isEmpty() ? null : fields.get(5), Integer.parseInt(fields.get(6)),
                Integer.parseInt(fields.get(7)), fields.get(8).equals("t"), Treatment.valueOf(fields.get(9)));
    }

    /** Whether the force decided it and the rules required crimes: the denominator of a recording rate. */
    boolean decidedAndShouldRecord() {
        return shouldRecord && treatment != Treatment.AWAITING_DECISION;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
