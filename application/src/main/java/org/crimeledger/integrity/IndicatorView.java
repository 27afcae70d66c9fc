package org.crimeledger.integrity;

import java.util.List;

/** An indicator across the force: the force-wide proportion, every team's figures and every test made. */
public record IndicatorView(Indicator indicator, long events, long trials, List<TeamLine> teams, List<Finding> findings) {

    public IndicatorView {
        teams = List.copyOf(teams);
        findings = List.copyOf(findings);
    }

    public double proportion() {
        return trials == 0 ? Double.NaN : (double) events / trials;
    }

    public List<Finding> alerts() {
        return findings.stream().filter(Finding::alert).toList();
    }
}
