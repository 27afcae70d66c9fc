package org.crimeledger.exchange;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The data-quality findings as CSV, one row each: the download of the data-quality page and a national run's output. */
public final class QualityFindingsCsv {

    public static final String[] HEADER = { "check", "force", "month", "category", "crime_id", "count", "detail" };

    private QualityFindingsCsv() {
    }

    public static void write(List<QualityFinding> findings, Appendable out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (QualityFinding finding : findings) {
                csv.printRecord(finding.check().title(), finding.force(), finding.month().toString().substring(0, 7),
                        finding.category(), finding.crimeId(), finding.count(), finding.detail());
            }
        }
    }
}
