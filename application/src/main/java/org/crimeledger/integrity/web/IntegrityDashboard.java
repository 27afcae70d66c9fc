package org.crimeledger.integrity.web;

import java.util.Comparator;
import java.util.List;

import org.crimeledger.integrity.Finding;
import org.crimeledger.integrity.IntegrityChecks;
import org.crimeledger.integrity.StoredReport;
import org.crimeledger.integrity.StoredReports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The integrity dashboard, summary first: the alerts in plain English and one line per gaming signature (the force's
 * figure, units compared, tests run, alerts), each leading to its own page with the funnel plot and every unit's
 * figures ({@link IndicatorPage}). By team, station or officer ({@code level}); officers named for the Crime
 * Registrar and pseudonymised for every other role; {@code unit} narrows it to one unit. Reads the stored report and
 * says when it was computed.
 */
@Controller
class IntegrityDashboard {

    /** The strongest alerts listed on the summary; the rest are on each indicator's page. */
    static final int ALERTS_SHOWN = 20;

    private final StoredReports reports;
    private final IntegrityChecks checks;
    private final ReportTimes times;

    IntegrityDashboard(StoredReports reports, IntegrityChecks checks, ReportTimes times) {
        this.reports = reports;
        this.checks = checks;
        this.times = times;
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR','PCC')")
    @GetMapping("/integrity")
    String dashboard(@RequestParam(required = false) String month, @RequestParam(required = false) String level,
            @RequestParam(required = false) String unit, Authentication user, Model model) {
        StoredReport stored = IntegrityRequest.report(reports, checks, month, level, unit, user);
        model.addAttribute("report", stored.report());
        model.addAttribute("computed", times.describe(stored));
        model.addAttribute("levelName", IndicatorLinks.levelParameter(stored.report()));
        model.addAttribute("unit", unit == null || unit.isBlank() ? null : unit.strip());
        List<IndicatorSummary> summaries = stored.report().indicators().stream().map(IndicatorSummary::of).toList();
        model.addAttribute("summaries", summaries);
        List<Finding> alerts = stored.report().alerts().stream().sorted(Comparator.comparingDouble(Finding::qValue)).toList();
        model.addAttribute("alerts", alerts.subList(0, Math.min(ALERTS_SHOWN, alerts.size())));
        model.addAttribute("alertCount", alerts.size());
        return "integrity/dashboard";
    }
}
