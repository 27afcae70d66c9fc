package org.crimeledger.compliance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.crimeledger.compliance.ComplianceRuns;
import org.crimeledger.compliance.FindingFilter;
import org.crimeledger.rules.NotCheckable;
import org.crimeledger.rules.RuleCatalogue;
import org.crimeledger.rules.RuleDefinition;
import org.crimeledger.rules.RuleFamily;
import org.crimeledger.rules.RuleSeverity;
import org.crimeledger.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue for everyone signed in, and the batch's findings for those who answer for the records: filtered by
 * rule, family, severity or incident, exported as CSV, and a run started on demand.
 */
@Controller
class CompliancePages {

    static final int SHOWN = 500;

    private final ComplianceRuns runs;

    CompliancePages(ComplianceRuns runs) {
        this.runs = runs;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/compliance/rules")
    String catalogue(Model model) {
        model.addAttribute("families", RuleFamily.values());
        model.addAttribute("rules", RuleCatalogue.definitions());
        model.addAttribute("notCheckable", NotCheckable.values());
        return "compliance/rules";
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','AUDITOR','SUPERVISOR','ANALYST')")
    @GetMapping("/compliance/findings")
    String findings(@RequestParam(required = false) String rule, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String family, @RequestParam(required = false) String incident, Model model) {
        FindingFilter filter = filter(rule, severity, family, incident);
        model.addAttribute("filter", filter);
        model.addAttribute("run", runs.latest().orElse(null));
        model.addAttribute("findings", runs.findings(filter, SHOWN, Actor.current(), ComplianceRuns.FINDINGS_PURPOSE));
        model.addAttribute("shown", SHOWN);
        model.addAttribute("counts", runs.countsByRule());
        model.addAttribute("rules", RuleCatalogue.definitions());
        model.addAttribute("families", RuleFamily.values());
        model.addAttribute("severities", RuleSeverity.values());
        model.addAttribute("query", query(filter));
        return "compliance/findings";
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','AUDITOR','SUPERVISOR','ANALYST')")
    @GetMapping("/compliance/findings.csv")
    void export(@RequestParam(required = false) String rule, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String family, @RequestParam(required = false) String incident,
            HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"rule-findings.csv\"");
        runs.exportCsv(filter(rule, severity, family, incident), response.getWriter(), Actor.current());
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','AUDITOR')")
    @PostMapping("/compliance/runs")
    String runNow(Authentication authentication) {
        runs.runNow(authentication.getName());
        return "redirect:/compliance/findings";
    }

    /** Unknown values are ignored rather than failing the page: the filter shows what was applied. */
    static FindingFilter filter(String rule, String severity, String family, String incident) {
        List<String> codes = RuleCatalogue.definitions().stream().map(RuleDefinition::code).toList();
        return new FindingFilter(codes.contains(rule) ? rule : null,
                Arrays.stream(RuleSeverity.values()).anyMatch(s -> s.name().equals(severity)) ? severity : null,
                Arrays.stream(RuleFamily.values()).anyMatch(f -> f.name().equals(family)) ? family : null,
                incident == null || incident.isBlank() ? null : incident.strip());
    }

    private static String query(FindingFilter filter) {
        StringBuilder query = new StringBuilder();
        append(query, "rule", filter.ruleCode());
        append(query, "severity", filter.severity());
        append(query, "family", filter.family());
        append(query, "incident", filter.incidentReference());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
