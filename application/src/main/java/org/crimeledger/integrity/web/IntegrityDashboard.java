package org.crimeledger.integrity.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crimeledger.integrity.Finding;
import org.crimeledger.integrity.Indicator;
import org.crimeledger.integrity.IndicatorView;
import org.crimeledger.integrity.IntegrityChecks;
import org.crimeledger.integrity.IntegrityReport;
import org.crimeledger.integrity.TeamLine;
import org.crimeledger.integrity.UnitLevel;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The integrity dashboard: every gaming signature for each team, its tests and alerts in plain English, a
 * funnel plot per proportion and each team's recorded crime over two years. By officer ({@code level=officer}) the
 * same, officers named for the Crime Registrar and pseudonymised for every other role, recorded crime drawn only for
 * officers with an alert; {@code unit} narrows the page to one team or officer.
 */
@Controller
class IntegrityDashboard {

    private final IntegrityChecks checks;

    IntegrityDashboard(IntegrityChecks checks) {
        this.checks = checks;
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR','PCC')")
    @GetMapping("/integrity")
    String dashboard(@RequestParam(required = false) String month, @RequestParam(required = false) String level,
            @RequestParam(required = false) String unit, Authentication user, Model model) {
        IntegrityReport report = IntegrityRequest.report(checks, month, level, unit, user);
        Drawn charts = drawn(report);
        IndicatorView volume = report.indicator(Indicator.RECORDED_CRIME);
        model.addAttribute("officers", report.level() == UnitLevel.OFFICER);
        model.addAttribute("otherVolumes", report.indicators().stream()
                .filter(view -> view.indicator().isVolume() && view.indicator() != Indicator.RECORDED_CRIME).toList());
        model.addAttribute("report", report);
        model.addAttribute("funnels", charts.funnels());
        model.addAttribute("volume", volume);
        model.addAttribute("series", charts.series());
        model.addAttribute("checks", Finding.Check.values());
        return "integrity/dashboard";
    }

    /** A report's charts: drawing the funnels' exact limits takes longer than serving a reused report. */
    private record Drawn(IntegrityReport report, Map<Indicator, String> funnels, Map<TeamLine, String> series) {
    }

    private static final int CHARTS_KEPT = 8;
    private final Deque<Drawn> recentlyDrawn = new ArrayDeque<>();

    /** The charts of {@code report}, drawn once for each report object (a reused report is drawn once). */
    private Drawn drawn(IntegrityReport report) {
        synchronized (recentlyDrawn) {
            for (Drawn charts : recentlyDrawn) {
                if (charts.report() == report) {
                    return charts;
                }
            }
        }
        Map<Indicator, String> funnels = new LinkedHashMap<>();
        for (IndicatorView view : report.indicators()) {
            if (!view.indicator().isVolume()) {
                funnels.put(view.indicator(), Charts.funnel(view));
            }
        }
        IndicatorView volume = report.indicator(Indicator.RECORDED_CRIME);
        Map<TeamLine, String> series = new LinkedHashMap<>();
        boolean officers = report.level() == UnitLevel.OFFICER;
        for (TeamLine team : volume.teams()) {
            boolean alert = volume.alerts().stream().anyMatch(finding -> finding.unit().equals(team.unit()));
            if (alert || !officers || volume.teams().size() == 1) {
                series.put(team, Charts.series(team, Indicator.RECORDED_CRIME.title(), alert));
            }
        }
        Drawn charts = new Drawn(report, funnels, series);
        synchronized (recentlyDrawn) {
            recentlyDrawn.addFirst(charts);
            while (recentlyDrawn.size() > CHARTS_KEPT) {
                recentlyDrawn.removeLast();
            }
        }
        return charts;
    }

}
