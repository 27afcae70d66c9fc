package org.crimeledger.integrity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.crimeledger.integrity.Finding;
import org.crimeledger.integrity.Indicator;
import org.crimeledger.integrity.IndicatorView;
import org.crimeledger.integrity.IntegrityChecks;
import org.crimeledger.integrity.IntegrityReport;
import org.crimeledger.integrity.StoredReport;
import org.crimeledger.integrity.StoredReports;
import org.crimeledger.integrity.TeamLine;
import org.crimeledger.integrity.UnitLevel;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One gaming signature in detail: its funnel plot (a proportion) or each unit's monthly series (a volume; by officer
 * only the officers with an alert are drawn), the data behind the chart fifty units a page, its alerts and every
 * test of the units on the page. Charts are drawn once per stored report ({@link DrawnCharts}).
 */
@Controller
class IndicatorPage {

    static final int UNITS_PER_PAGE = 50;

    private final StoredReports reports;
    private final IntegrityChecks checks;
    private final ReportTimes times;
    private final DrawnCharts charts;

    IndicatorPage(StoredReports reports, IntegrityChecks checks, ReportTimes times, DrawnCharts charts) {
        this.reports = reports;
        this.checks = checks;
        this.times = times;
        this.charts = charts;
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR','PCC')")
    @GetMapping("/integrity/indicators/{indicator}")
    String page(@PathVariable String indicator, @RequestParam(required = false) String month,
            @RequestParam(required = false) String level, @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "1") int page, Authentication user, Model model) {
        Indicator shown = IndicatorLinks.indicator(indicator).orElseThrow(() -> new InvalidRequestException(
                HttpStatus.NOT_FOUND, "No such indicator", "indicator", indicator, "is not one of the integrity indicators"));
        StoredReport stored = IntegrityRequest.report(reports, checks, month, level, unit, user);
        IntegrityReport report = stored.report();
        IndicatorView view = report.indicator(shown);
        int pages = Math.max(1, (view.teams().size() + UNITS_PER_PAGE - 1) / UNITS_PER_PAGE);
        int current = Math.min(Math.max(page, 1), pages);
        List<TeamLine> rows = view.teams().subList((current - 1) * UNITS_PER_PAGE,
                Math.min(view.teams().size(), current * UNITS_PER_PAGE));
        Set<String> onPage = rows.stream().map(TeamLine::unit).collect(Collectors.toSet());
        model.addAttribute("report", report);
        model.addAttribute("view", view);
        model.addAttribute("slug", IndicatorLinks.slug(shown));
        model.addAttribute("levelName", IndicatorLinks.levelParameter(report));
        model.addAttribute("unit", unit == null || unit.isBlank() ? null : unit.strip());
        model.addAttribute("computed", times.describe(stored));
        model.addAttribute("rows", rows);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("firstRow", rows.isEmpty() ? 0 : (current - 1) * UNITS_PER_PAGE + 1);
        List<Finding> pageFindings = view.findings().stream().filter(finding -> onPage.contains(finding.unit())).toList();
        model.addAttribute("pageFindings", pageFindings);
        model.addAttribute("pageAlerts", pageFindings.stream().filter(Finding::alert).toList());
        model.addAttribute("funnel", shown.isVolume() ? null
                : charts.chart(report, "funnel-" + shown.name(), () -> Charts.funnel(view)));
        model.addAttribute("series", shown.isVolume() ? series(report, view) : Map.of());
        return "integrity/indicator";
    }

    /** Every unit's series by team or station; by officer, those with an alert on this indicator (or the one asked for). */
    private Map<TeamLine, String> series(IntegrityReport report, IndicatorView view) {
        Set<String> alerted = view.alerts().stream().map(Finding::unit).collect(Collectors.toSet());
        boolean everyUnit = report.level() != UnitLevel.OFFICER || view.teams().size() == 1;
        Map<TeamLine, String> drawn = new LinkedHashMap<>();
        for (TeamLine line : view.teams()) {
            boolean alert = alerted.contains(line.unit());
            if (alert || everyUnit) {
                drawn.put(line, charts.chart(report, "series-" + view.indicator().name() + "-" + line.unit(),
                        () -> Charts.series(line, view.indicator().title(), alert)));
            }
        }
        return drawn;
    }
}
