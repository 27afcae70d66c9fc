package org.crimeledger.compliance;

import java.time.Duration;
import java.util.Map;

/**
 * What a validation of an extract found, in sum.
 *
 * @param rowsRead data rows read per file name
 * @param rowsLeftOut rows not checked because of a format fault, per file name
 * @param incidentsChecked record sets (one per incident) the catalogue ran on
 * @param findingsByCode number of findings for each rule or format code
 */
public record ExtractValidation(Map<String, Long> rowsRead, Map<String, Long> rowsLeftOut, long incidentsChecked,
        Map<String, Long> findingsByCode, long errors, long warnings, long information, Duration readTime,
        Duration checkTime) {

    public boolean errorsFound() {
        return errors > 0;
    }

    public long records() {
        return rowsRead.values().stream().mapToLong(Long::longValue).sum();
    }
}
