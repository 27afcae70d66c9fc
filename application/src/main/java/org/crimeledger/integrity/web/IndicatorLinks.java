package org.crimeledger.integrity.web;

import java.util.Locale;
import java.util.Optional;

import org.crimeledger.integrity.Indicator;
import org.crimeledger.integrity.IntegrityReport;

/** How indicators and levels are named in the pages' addresses: {@code /integrity/indicators/late-decisions?level=team}. */
final class IndicatorLinks {

    private IndicatorLinks() {
    }

    static String slug(Indicator indicator) {
        return indicator.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Indicator> indicator(String slug) {
        for (Indicator indicator : Indicator.values()) {
            if (slug(indicator).equals(slug)) {
                return Optional.of(indicator);
            }
        }
        return Optional.empty();
    }

    static String levelParameter(IntegrityReport report) {
        return report.level().name().toLowerCase(Locale.ROOT);
    }
}
