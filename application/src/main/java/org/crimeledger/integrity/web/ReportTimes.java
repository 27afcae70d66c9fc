package org.crimeledger.integrity.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.crimeledger.ForceProperties;
import org.crimeledger.integrity.StoredReport;
import org.springframework.stereotype.Component;

/** When a stored report was computed, in the force's time, for the pages to say. */
@Component
class ReportTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final ForceProperties force;

    ReportTimes(ForceProperties force) {
        this.force = force;
    }

    String describe(StoredReport stored) {
        return "Computed " + FORMAT.format(stored.computedAt().atZone(force.timeZone()))
                + (stored.scheduled() ? " by the scheduled recomputation." : " when first asked for.");
    }
}
