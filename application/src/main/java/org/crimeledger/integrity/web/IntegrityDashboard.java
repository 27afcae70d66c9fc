package org.crimeledger.integrity.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crimeledger.integrity.Finding;
import org.crimeledger.integrity.Indicator;
import org.crimeledger.integrity.IndicatorView;
import org.crimeledger.integrity.IntegrityChecks;
import org.crimeledger.integrity.IntegrityReport;
import org.crimeledger.integrity.TeamLine;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The integrity dashboard: every gaming signature for each team, its tests and alerts in plain English, a
 * funnel plot per proportion and each team's recorded crime over two years. Teams are aggregates, so the
 * Police and Crime Commissioner's office sees the same page; no record or officer is named on it.
 */
@Controller
class IntegrityDashboard {

    private final IntegrityChecks checks;

    IntegrityDashboard(IntegrityChecks checks) {
        this.checks = checks;
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR','PCC')")
    @GetMapping("/integrity")
    String dashboard(@RequestParam(required = false) String month, Model model) {
        IntegrityReport report = checks.run(month(month, checks));
        Map<Indicator, String> funnels = new LinkedHashMap<>();
        for (IndicatorView view : report.indicators()) {
            if (!view.indicator().isVolume()) {
                funnels.put(view.indicator(), Charts.funnel(view));
            }
        }
        IndicatorView volume = report.indicator(Indicator.RECORDED_CRIME);
        Map<TeamLine, String> series = new LinkedHashMap<>();
        for (TeamLine team : volume.teams()) {
            boolean alert = volume.alerts().stream().anyMatch(finding -> finding.unit().equals(team.unit()));
            series.put(team, Charts.series(team, Indicator.RECORDED_CRIME.title(), alert));
        }
        model.addAttribute("report", report);
        model.addAttribute("funnels", funnels);
        model.addAttribute("volume", volume);
        model.addAttribute("series", series);
        model.addAttribute("checks", Finding.Check.values());
        return "integrity/dashboard";
    }

    static YearMonth month(String month, IntegrityChecks checks) {
        if (month == null || month.isBlank()) {
            return checks.lastCompleteMonth();
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Invalid month", "month", month,
                    "must be a month such as 2026-10");
        }
    }
}
