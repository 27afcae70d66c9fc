package org.crimeledger.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crimeledger.audit.AuditEstimates;

/**
 * The geometry of a rate chart drawn as inline SVG on the server: one row per group, a dot at the estimate
 * and a bar across its 95% interval, on a scale that starts at a round ten below the lowest interval end.
 * The table beside it carries the same figures for readers who cannot see the chart.
 */
record RateChart(List<Row> rows, List<Tick> ticks, int width, int height) {

    static final int LABEL_WIDTH = 230;
    static final int PLOT_WIDTH = 380;
    static final int ROW_HEIGHT = 30;

    record Row(String label, double x, double lowerX, double upperX, double y, String text) {
    }

    record Tick(double x, String label) {
    }

    static RateChart of(List<AuditEstimates.Line> lines) {
        List<AuditEstimates.Line> shown = lines.stream().filter(AuditEstimates.Line::available).toList();
        double lowest = shown.stream().mapToDouble(l -> l.estimate().lower()).min().orElse(0.5);
        double from = Math.max(0, Math.floor(lowest * 10) / 10);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            var e = shown.get(i).estimate();
            rows.add(new Row(shown.get(i).label(), x(e.rate(), from), x(e.lower(), from), x(e.upper(), from),
                    ROW_HEIGHT * i + ROW_HEIGHT / 2.0 + 4,
                    String.format(Locale.UK, "%.1f%%", e.rate() * 100)));
        }
        List<Tick> ticks = new ArrayList<>();
        for (double t = from; t <= 1.0001; t += 0.1) {
            ticks.add(new Tick(x(t, from), String.format(Locale.UK, "%.0f%%", t * 100)));
        }
        return new RateChart(rows, ticks, LABEL_WIDTH + PLOT_WIDTH + 60, ROW_HEIGHT * rows.size() + 30);
    }

    private static double x(double rate, double from) {
        return LABEL_WIDTH + (rate - from) / (1 - from) * PLOT_WIDTH;
    }

    public double axisY() {
        return ROW_HEIGHT * rows.size() + 4;
    }
}
