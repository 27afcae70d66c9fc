package org.crimeledger.integrity;

import java.time.YearMonth;

/**
 * One team's count for one month: {@code events} among {@code trials} (for a volume, trials equal events).
 */
public record UnitMonth(String unit, YearMonth month, long events, long trials) {

    public UnitMonth {
        if (events < 0 || trials < events) {
            throw new IllegalArgumentException("Events must be between 0 and trials, got " + events + " of " + trials);
        }
    }
}
