package org.crimeledger.integrity.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.crimeledger.integrity.IntegrityReport;
import org.springframework.stereotype.Component;

/**
 * The charts drawn for each report object: a stored report is read into memory once until it is recomputed, so its
 * funnels (with their exact limits) and series are drawn once, not on every request. Kept for the last few reports.
 */
@Component
class DrawnCharts {

    private static final int REPORTS_KEPT = 8;

    private final Map<IntegrityReport, Map<String, String>> byReport = new IdentityHashMap<>();
    private final Deque<IntegrityReport> order = new ArrayDeque<>();

    /** The chart named {@code name} of {@code report}, drawn by {@code draw} the first time it is asked for. */
    String chart(IntegrityReport report, String name, Supplier<String> draw) {
        synchronized (this) {
            String drawn = byReport.getOrDefault(report, Map.of()).get(name);
            if (drawn != null) {
                return drawn;
            }
        }
        String drawn = draw.get();
        synchronized (this) {
            if (!byReport.containsKey(report)) {
                forgetOldest();
                byReport.put(report, new HashMap<>());
                order.addLast(report);
            }
            byReport.get(report).put(name, drawn);
        }
        return drawn;
    }

    private void forgetOldest() {
        while (order.size() >= REPORTS_KEPT) {
            byReport.remove(order.removeFirst());
        }
    }
}
