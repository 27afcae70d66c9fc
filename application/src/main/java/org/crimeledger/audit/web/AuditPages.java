package org.crimeledger.audit.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crimeledger.audit.AuditEstimates;
import org.crimeledger.audit.AuditListReads;
import org.crimeledger.audit.AuditPlan;
import org.crimeledger.audit.AuditPlans;
import org.crimeledger.audit.AuditPopulation;
import org.crimeledger.audit.Estimating;
import org.crimeledger.audit.ImportedIncidents;
import org.crimeledger.audit.JudgementRequest;
import org.crimeledger.audit.Reviews;
import org.crimeledger.incidents.Incident;
import org.crimeledger.incidents.IncidentQueries;
import org.crimeledger.incidents.Incidents;
import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.recording.Crimes;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audit pages: plans and the new-plan form, a plan with its sample, the review workspace for one sampled
 * incident, the report (also printable) and the CSV of every judgement.
 */
@Controller
class AuditPages {

    /** The purpose logged when a restricted incident is opened for review. */
    static final String REVIEW_PURPOSE = "Audit review of a sampled incident";
    /** The purpose logged for restricted incidents in the judgements CSV of someone with the need to know. */
    static final String JUDGEMENTS_PURPOSE = "Audit judgements CSV";

    private final AuditPlans plans;
    private final Reviews reviews;
    private final Estimating estimating;
    private final Incidents incidents;
    private final Crimes crimes;
    private final org.crimeledger.audit.TargetedQueue targeted;

    private final NeedToKnow needToKnow;
    private final RestrictedJudgements withheld;
    private final ImportedIncidents imported;
    private final IncidentQueries incidentQueries;
    private final AuditListReads listReads;
    private final PersonalDataAccessLog accessLog;

    AuditPages(AuditPlans plans, Reviews reviews, Estimating estimating, Incidents incidents, Crimes crimes,
               org.crimeledger.audit.TargetedQueue targeted, NeedToKnow needToKnow, RestrictedJudgements withheld,
               ImportedIncidents imported, IncidentQueries incidentQueries, AuditListReads listReads,
               PersonalDataAccessLog accessLog) {
        this.listReads = listReads;
        this.accessLog = accessLog;
        this.imported = imported;
        this.incidentQueries = incidentQueries;
        this.needToKnow = needToKnow;
        this.withheld = withheld;
        this.targeted = targeted;
        this.plans = plans;
        this.reviews = reviews;
        this.estimating = estimating;
        this.incidents = incidents;
        this.crimes = crimes;
    }

    @GetMapping("/audits")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR','ANALYST','PCC')")
    String index(Model model) {
        model.addAttribute("plans", plans.all());
        model.addAttribute("populations", AuditPopulation.values());
        model.addAttribute("extracts", plans.importedExtracts());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new PlanForm());
        }
        return "audits/index";
    }

    @PostMapping("/audits")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    String create(@ModelAttribute("form") PlanForm form, Authentication authentication, Model model,
                  RedirectAttributes redirect) {
        List<PageError> errors = new ArrayList<>();
        var request = form.toPlan(errors);
        if (errors.isEmpty()) {
            try {
                AuditPlan plan = plans.create(request, Actor.of(authentication));
                redirect.addFlashAttribute("message", "Audit planned: " + plan.sampleSize() + " incidents sampled");
                return "redirect:/audits/" + plan.id();
            } catch (InvalidRequestException refused) {
                errors.add(new PageError(pageField(refused.field()), refused.getMessage()));
            }
        }
        model.addAttribute("errors", errors);
        return index(model);
    }

    @GetMapping("/audits/{planId}")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    String plan(@PathVariable long planId, Model model) {
        model.addAttribute("plan", plans.require(planId));
        model.addAttribute("sample", plans.sample(planId));
        listReads.sampleShown(planId, Actor.current(), AuditListReads.SAMPLE_PURPOSE);
        return "audits/plan";
    }

    @GetMapping("/audits/{planId}/incidents/{incidentId}")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    String workspace(@PathVariable long planId, @PathVariable long incidentId, Model model) {
        model.addAttribute("plan", plans.require(planId));
        model.addAttribute("judgements", reviews.judgementsOf(planId, incidentId));
        // Auditors and the registrar's team always have the need to know; opening a restricted incident here is
        // still a read of it, logged as on the incident's own page (ADR 0011).
        Incident sampled = incidents.find(incidentId).orElseThrow();
        model.addAttribute("incident", incidentQueries.requireVisible(sampled.reference(), Actor.current(),
                REVIEW_PURPOSE));
        model.addAttribute("updates", incidents.updates(incidentId));
        model.addAttribute("crimes", crimes.forIncident(incidentId, Actor.current(), REVIEW_PURPOSE));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new JudgementForm());
        }
        return "audits/workspace";
    }

    @PostMapping("/audits/{planId}/incidents/{incidentId}")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    String judge(@PathVariable long planId, @PathVariable long incidentId, @ModelAttribute("form") JudgementForm form,
                 Authentication authentication, Model model, RedirectAttributes redirect) {
        return recordJudgement(form, request -> reviews.judge(planId, incidentId, request, Actor.of(authentication)),
                "redirect:/audits/" + planId + "/incidents/" + incidentId, () -> workspace(planId, incidentId, model),
                model, redirect);
    }

    @GetMapping("/audits/{planId}/imported/{itemId}")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    String importedWorkspace(@PathVariable long planId, @PathVariable long itemId, Authentication authentication,
                             Model model) {
        model.addAttribute("plan", plans.require(planId));
        model.addAttribute("incident", imported.requireVisible(planId, itemId, Actor.of(authentication)));
        model.addAttribute("judgements", reviews.judgementsOfImported(planId, itemId));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new JudgementForm());
        }
        return "audits/imported";
    }

    @PostMapping("/audits/{planId}/imported/{itemId}")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    String judgeImported(@PathVariable long planId, @PathVariable long itemId, @ModelAttribute("form") JudgementForm form,
                         Authentication authentication, Model model, RedirectAttributes redirect) {
        return recordJudgement(form,
                request -> reviews.judgeImported(planId, itemId, request, Actor.of(authentication)),
                "redirect:/audits/" + planId + "/imported/" + itemId,
                () -> importedWorkspace(planId, itemId, authentication, model), model, redirect);
    }

    /** The judgement form's one flow: record it and go back to the page, or show the page again with the errors. */
    private static String recordJudgement(JudgementForm form, Consumer<JudgementRequest> record,
                                          String recorded, Supplier<String> refused, Model model,
                                          RedirectAttributes redirect) {
        List<PageError> errors = new ArrayList<>();
        JudgementRequest request = form.toRequest(errors);
        if (errors.isEmpty()) {
            try {
                record.accept(request);
                redirect.addFlashAttribute("message", "Judgement recorded");
                return recorded;
            } catch (InvalidRequestException invalid) {
                errors.add(new PageError(invalid.field(), invalid.getMessage()));
            }
        }
        model.addAttribute("errors", errors);
        return refused.get();
    }

    @GetMapping("/audits/{planId}/targeted")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    String targeted(@PathVariable long planId, Model model) {
        model.addAttribute("plan", plans.require(planId));
        org.crimeledger.audit.TargetedQueue.Queue queue = targeted.rank(planId, 50);
        model.addAttribute("queue", queue);
        // the list shows each incident's reference and the phrases of its narrative that ranked it
        listReads.incidentsShown(queue.entries().stream().map(org.crimeledger.audit.TargetedQueue.Entry::incidentId)
                .toList(), Actor.current(), AuditListReads.TARGETED_PURPOSE);
        return "audits/targeted";
    }

    @GetMapping("/audits/{planId}/report")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR','ANALYST','PCC')")
    String report(@PathVariable long planId, Model model) {
        AuditEstimates estimates = estimating.estimate(planId);
        model.addAttribute("estimates", estimates);
        model.addAttribute("rateChart", RateChart.of(estimates.rates()));
        model.addAttribute("measureChart", RateChart.of(estimates.measures()));
        return "audits/report";
    }

    @GetMapping(value = "/audits/{planId}/judgements.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR','ANALYST')")
    ResponseEntity<String> judgementsCsv(@PathVariable long planId) throws IOException {
        plans.require(planId);
        List<String[]> rows = estimating.judgementRows(planId);
        Actor actor = Actor.current();
        if (needToKnow.maySeeRestricted(actor)) {
            // the file names each restricted incident and holds the reviewer's note of it: a read, logged
            accessLog.recordShown(actor.username(), actor.role().name(), withheld.restricted(rows), JUDGEMENTS_PURPOSE);
        } else {
            withheld.hideRestricted(rows);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(Estimating.CSV_HEADER.toArray(String[]::new)).get())) {
            for (String[] row : rows) {
                printer.printRecord((Object[]) row);
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=audit-" + planId + "-judgements.csv")
                .contentType(new MediaType("text", "csv"))
                .body(out.toString());
    }

    private static String pageField(String field) {
        return switch (field) {
            case "targetHalfWidth" -> "precisionPoints";
            case "recordedCrimeTwelveMonths" -> "recordedCrime";
            default -> field;
        };
    }
}
