package org.crimeledger.audit.web;

import java.time.LocalDate;
import java.util.List;

import org.crimeledger.audit.AuditEstimates;
import org.crimeledger.audit.AuditListReads;
import org.crimeledger.audit.AuditPlan;
import org.crimeledger.audit.AuditPlans;
import org.crimeledger.audit.AuditPopulation;
import org.crimeledger.audit.Estimating;
import org.crimeledger.audit.ImportedIncident;
import org.crimeledger.audit.ImportedIncidents;
import org.crimeledger.audit.Judgement;
import org.crimeledger.audit.JudgementRequest;
import org.crimeledger.audit.NewAuditPlan;
import org.crimeledger.audit.Reviews;
import org.crimeledger.audit.SampleItem;
import org.crimeledger.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Audit plans, their samples, judgements and estimates as JSON; errors are problem+json naming the field. */
@RestController
@RequestMapping("/api/v1/audits")
class AuditApi {

    private final AuditPlans plans;
    private final Reviews reviews;
    private final Estimating estimating;
    private final ImportedIncidents imported;
    private final AuditListReads listReads;

    AuditApi(AuditPlans plans, Reviews reviews, Estimating estimating, ImportedIncidents imported,
             AuditListReads listReads) {
        this.listReads = listReads;
        this.imported = imported;
        this.plans = plans;
        this.reviews = reviews;
        this.estimating = estimating;
    }

    /** A plan request; percentages as proportions (0.02 is plus or minus 2 points). */
    record PlanRequest(String name, AuditPopulation population, LocalDate periodFrom, LocalDate periodTo,
                       Boolean stratified, Double targetHalfWidth, Double expectedRate, Double confidence,
                       Double designEffect, Double crimesPerIncident, Long seed, Long recordedCrimeTwelveMonths,
                       Long extractImportId) {

        NewAuditPlan toPlan() {
            return new NewAuditPlan(name, population, periodFrom, periodTo, Boolean.TRUE.equals(stratified),
                    targetHalfWidth == null ? 0.02 : targetHalfWidth, expectedRate == null ? 0.85 : expectedRate,
                    confidence == null ? 0.95 : confidence, designEffect == null ? 1.0 : designEffect,
                    crimesPerIncident == null ? 1.0 : crimesPerIncident, seed, recordedCrimeTwelveMonths,
                    extractImportId);
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    AuditPlan plan(@RequestBody PlanRequest request, Authentication authentication) {
        return plans.create(request.toPlan(), Actor.of(authentication));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR','ANALYST')")
    List<AuditPlan> plans() {
        return plans.all();
    }

    @GetMapping("/{planId}")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR','ANALYST')")
    AuditPlan plan(@PathVariable long planId) {
        return plans.require(planId);
    }

    @GetMapping("/{planId}/sample")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    List<SampleItem> sample(@PathVariable long planId) {
        plans.require(planId);
        List<SampleItem> sample = plans.sample(planId);
        listReads.sampleShown(planId, Actor.current(), AuditListReads.SAMPLE_PURPOSE);
        return sample;
    }

    @PostMapping("/{planId}/incidents/{incidentId}/judgements")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    Judgement judge(@PathVariable long planId, @PathVariable long incidentId, @RequestBody JudgementRequest request,
                    Authentication authentication) {
        plans.require(planId);
        return reviews.judge(planId, incidentId, request, Actor.of(authentication));
    }

    /** An imported incident of the sample as the extract has it (need-to-know applied; restricted reads logged). */
    @GetMapping("/{planId}/imported/{itemId}")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    ImportedIncident importedIncident(@PathVariable long planId, @PathVariable long itemId,
                                      Authentication authentication) {
        plans.require(planId);
        return imported.requireVisible(planId, itemId, Actor.of(authentication));
    }

    @PostMapping("/{planId}/imported/{itemId}/judgements")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    Judgement judgeImported(@PathVariable long planId, @PathVariable long itemId,
                            @RequestBody JudgementRequest request, Authentication authentication) {
        plans.require(planId);
        return reviews.judgeImported(planId, itemId, request, Actor.of(authentication));
    }

    @GetMapping("/{planId}/estimates")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR','ANALYST','PCC')")
    AuditEstimates estimates(@PathVariable long planId) {
        return estimating.estimate(planId);
    }
}
