package org.crimeledger.integrity;

import java.time.YearMonth;

/** Which report: the month it ends at, the level, and whether officers are named by pseudonym. */
record ReportKey(YearMonth asOf, UnitLevel level, boolean pseudonymised) {

    /** The report a user sees: officers by pseudonym unless {@code officerNames}; teams and stations as they are. */
    static ReportKey shown(YearMonth asOf, UnitLevel level, boolean officerNames) {
        return new ReportKey(asOf, level, level == UnitLevel.OFFICER && !officerNames);
    }
}
