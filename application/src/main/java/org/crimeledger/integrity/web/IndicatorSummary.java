package org.crimeledger.integrity.web;

import org.crimeledger.integrity.Finding;
import org.crimeledger.integrity.IndicatorView;

/** One line of the dashboard's summary: an indicator across the force, how many units and tests, how many alerts. */
record IndicatorSummary(IndicatorView view, String slug, int units, long testsRun, int alerts) {

    static IndicatorSummary of(IndicatorView view) {
        return new IndicatorSummary(view, IndicatorLinks.slug(view.indicator()), view.teams().size(),
                view.findings().stream().filter(finding -> finding.signal().enoughData()).count(),
                (int) view.findings().stream().filter(Finding::alert).count());
    }
}
