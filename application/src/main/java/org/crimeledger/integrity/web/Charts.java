package org.crimeledger.integrity.web;

import java.util.List;
import java.util.Locale;

import org.crimeledger.integrity.Finding;
import org.crimeledger.integrity.IndicatorView;
import org.crimeledger.integrity.TeamLine;
import org.crimeledger.statistics.FunnelLimits;

/**
 * Server-rendered SVG: a funnel plot for each proportion and a time series with control limits for each
 * team's recorded crime. Every chart has a title and a description, its data is in the table beside it,
 * and alerts are marked by shape and label, not by colour alone.
 */
final class Charts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 340;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 50;
    private static final String AXIS = "stroke:#0b0c0c;stroke-width:1";
    private static final String WARNING = "stroke:#505a5f;stroke-width:1.5;stroke-dasharray:6 4";
    private static final String ALARM = "stroke:#0b0c0c;stroke-width:1.5;stroke-dasharray:2 3";

    private Charts() {
    }

    static String funnel(IndicatorView view) {
        String id = "funnel-" + view.indicator().name().toLowerCase(Locale.UK);
        double target = view.proportion();
        List<TeamLine> teams = view.teams().stream().filter(team -> team.trials() > 0).toList();
        boolean grouped = view.teams().stream().anyMatch(team -> team.comparedWith() != null
                && !team.comparedWith().equals(view.teams().get(0).comparedWith()));
        String title = view.indicator().title() + (grouped ? ": funnel plot of each team, tested against its comparison group"
                : ": funnel plot of each team against the force");
        if (teams.isEmpty() || !(target > 0 && target < 1)) {
            return new Svg(id, WIDTH, 60, title, "Not enough data to draw a funnel plot.")
                    .text(10, 30, "Not enough data to draw a funnel plot for the last twelve months.", "start").end();
        }
        long maxTrials = teams.stream().mapToLong(TeamLine::trials).max().orElse(1);
        double xMax = maxTrials * 1.1;
        long minTrials = Math.max(10, teams.stream().mapToLong(TeamLine::trials).min().orElse(10) / 2);
        double yMax = Math.max(FunnelLimits.proportion(target, minTrials, FunnelLimits.ALARM).upper(),
                teams.stream().mapToDouble(TeamLine::proportion).max().orElse(target)) * 1.15;
        Svg svg = new Svg(id, WIDTH, HEIGHT, title, String.format(Locale.UK, "Proportion of %s among %s for each "
                + "team over the last twelve months, plotted against its number of %s, with the force's %.1f%% and "
                + "its 95%% (dashed) and 99.8%% (dotted) control limits. Teams with an alert are drawn as squares.%s",
                view.indicator().events(), view.indicator().trials(), view.indicator().trials(), 100 * target,
                grouped ? " Each team is tested against its comparison group, not the whole force; a short bar at the "
                        + "team's number of cases marks that group's proportion: " + comparisons(teams) + "." : ""));
        axes(svg, xMax, yMax, "Number of " + view.indicator().trials());
        int steps = 60;
        for (double coverage : new double[] {FunnelLimits.WARNING, FunnelLimits.ALARM}) {
            double[] xs = new double[steps];
            double[] lower = new double[steps];
            double[] upper = new double[steps];
            for (int i = 0; i < steps; i++) {
                long n = Math.max(minTrials, Math.round(minTrials + (xMax - minTrials) * i / (steps - 1.0)));
                FunnelLimits.Limits limits = FunnelLimits.proportion(target, n, coverage);
                xs[i] = x(n, xMax);
                lower[i] = y(limits.lower(), yMax);
                upper[i] = y(Math.min(limits.upper(), yMax), yMax);
            }
            String style = coverage == FunnelLimits.WARNING ? WARNING : ALARM;
            svg.polyline(xs, lower, style).polyline(xs, upper, style);
        }
        svg.line(LEFT, y(target, yMax), WIDTH - RIGHT, y(target, yMax), "stroke:#0b0c0c;stroke-width:1");
        for (TeamLine team : teams) {
            boolean alert = view.findings().stream().anyMatch(finding -> finding.alert() && finding.unit().equals(team.unit())
                    && finding.check() == Finding.Check.FUNNEL);
            double px = x(team.trials(), xMax);
            double py = y(team.proportion(), yMax);
            if (alert) {
                svg.square(px, py, 6, "fill:#d4351c;stroke:#0b0c0c");
            } else {
                svg.circle(px, py, 5, "fill:#1d70b8;stroke:#0b0c0c");
            }
            if (grouped) {
                double reference = reference(team, teams);
                if (!Double.isNaN(reference)) {
                    svg.line(px - 7, y(Math.min(reference, yMax), yMax), px + 7, y(Math.min(reference, yMax), yMax),
                            "stroke:#0b0c0c;stroke-width:3");
                }
            }
            boolean nearRight = px > WIDTH - RIGHT - 120;
            svg.text(nearRight ? px - 8 : px + 8, py - 6, team.unit() + (alert ? " (alert)" : ""), nearRight ? "end" : "start");
        }
        return svg.end();
    }

    /**
     * The pooled proportion a team's funnel test compared it with: the other teams of its group (those whose reference
     * reads the same, "the other response teams"), or every other team when it fell back to the rest of the force.
     */
    static double reference(TeamLine team, List<TeamLine> teams) {
        // the same rule as the test (IndicatorTests): "the other ..." is a group with peers, anything else the rest of the force
        boolean withinGroup = team.comparedWith() != null && team.comparedWith().startsWith("the other ");
        long events = 0;
        long trials = 0;
        for (TeamLine other : teams) {
            if (!other.unit().equals(team.unit()) && (!withinGroup || team.comparedWith().equals(other.comparedWith()))) {
                events += other.events();
                trials += other.trials();
            }
        }
        return trials == 0 ? Double.NaN : (double) events / trials;
    }

    private static String comparisons(List<TeamLine> teams) {
        return String.join("; ", teams.stream().map(team -> String.format(Locale.UK, "%s against %s (%.1f%%)", team.unit(),
                team.comparedWith(), 100 * reference(team, teams))).toList());
    }

    /** One small chart per team: its monthly count, the mean of its first year and limits of three Poisson deviations. */
    static String series(TeamLine team, String indicatorTitle, boolean alert) {
        String id = "series-" + team.unit().toLowerCase(Locale.UK).replaceAll("[^a-z0-9]", "-");
        List<Long> months = team.monthlyEvents();
        int first = team.firstFullMonth();
        double baseline = months.subList(first, Math.min(first + 12, months.size())).stream().mapToLong(Long::longValue)
                .average().orElse(0);
        double upperLimit = baseline + 3 * Math.sqrt(baseline);
        double lowerLimit = Math.max(0, baseline - 3 * Math.sqrt(baseline));
        double yMax = Math.max(upperLimit, months.stream().mapToLong(Long::longValue).max().orElse(1)) * 1.15 + 1;
        Svg svg = new Svg(id, WIDTH, HEIGHT, indicatorTitle + " by month, " + team.unit() + (alert ? " (alert)" : ""),
                String.format(Locale.UK, "Monthly count for %s over %d months, with the mean of its first twelve "
                        + "full months with records (%.1f) and control limits three Poisson standard deviations either "
                        + "side (dashed).",
                        team.unit(), months.size(), baseline));
        axes(svg, months.size() - 1, yMax, "Month (oldest left)");
        double[] xs = new double[months.size()];
        double[] ys = new double[months.size()];
        for (int i = 0; i < months.size(); i++) {
            xs[i] = x(i, months.size() - 1);
            ys[i] = y(months.get(i), yMax);
        }
        svg.polyline(xs, ys, "stroke:#1d70b8;stroke-width:2");
        for (int i = 0; i < xs.length; i++) {
            svg.circle(xs[i], ys[i], 2.5, "fill:#1d70b8");
        }
        svg.line(LEFT, y(baseline, yMax), WIDTH - RIGHT, y(baseline, yMax), AXIS)
                .line(LEFT, y(upperLimit, yMax), WIDTH - RIGHT, y(upperLimit, yMax), WARNING)
                .line(LEFT, y(lowerLimit, yMax), WIDTH - RIGHT, y(lowerLimit, yMax), WARNING);
        return svg.end();
    }

    private static void axes(Svg svg, double xMax, double yMax, String xLabel) {
        svg.line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, AXIS).line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, AXIS);
        for (int i = 0; i <= 4; i++) {
            double value = yMax * i / 4;
            svg.text(LEFT - 6, y(value, yMax) + 4, yMax <= 1.5 ? String.format(Locale.UK, "%.1f%%", 100 * value)
                    : String.format(Locale.UK, "%.0f", value), "end");
            double xv = xMax * i / 4;
            svg.text(x(xv, xMax), HEIGHT - BOTTOM + 16, String.format(Locale.UK, "%.0f", xv), "middle");
        }
        svg.text(LEFT + (WIDTH - LEFT - RIGHT) / 2.0, HEIGHT - 12, xLabel, "middle");
    }

    private static double x(double value, double max) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (max == 0 ? 0 : value / max);
    }

    private static double y(double value, double max) {
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (max == 0 ? 0 : value / max);
    }
}
