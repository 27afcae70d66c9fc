package org.crimeledger.recording.web;

import jakarta.servlet.http.HttpServletResponse;

import org.crimeledger.incidents.Incident;
import org.crimeledger.incidents.IncidentQueries;
import org.crimeledger.incidents.Incidents;
import org.crimeledger.recording.DecisionKind;
import org.crimeledger.recording.DecisionQueue;
import org.crimeledger.recording.DecisionRequest;
import org.crimeledger.recording.Deciding;
import org.crimeledger.recording.RecordingOptions;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.crimeledger.standards.ReferenceData;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The decision queue and the crime-recording decision form, with a preview of what will be recorded. */
@Controller
class DecisionPages {

    static final String DECIDERS = "hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR')";

    private final Incidents incidents;
    private final IncidentQueries queries;
    private final Deciding deciding;
    private final DecisionQueue queue;
    private final ReferenceData referenceData;
    private final UserAccounts accounts;
    private final RecordingOptions options;

    DecisionPages(Incidents incidents, IncidentQueries queries, Deciding deciding, DecisionQueue queue,
            ReferenceData referenceData, UserAccounts accounts, RecordingOptions options) {
        this.incidents = incidents;
        this.queries = queries;
        this.deciding = deciding;
        this.queue = queue;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.options = options;
    }

    /** Supervisors and officers start on their own team's queue; registrars and auditors on the force's. */
    @GetMapping("/decision-queue")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR','AUDITOR')")
    String queue(@RequestParam(required = false) String team, Authentication authentication, Model model) {
        Actor actor = Actor.of(authentication);
        boolean forceWide = actor.has(Role.CRIME_REGISTRAR) || actor.has(Role.AUDITOR);
        String shown = team != null ? team : forceWide ? "" : accounts.team(actor.username()).orElse("");
        model.addAttribute("queue", queue.forTeam(shown, Actor.current()));
        model.addAttribute("teams", queries.teams());
        model.addAttribute("team", shown);
        return "decisions/queue";
    }

    @GetMapping("/incidents/{reference}/decision")
    @PreAuthorize(DECIDERS)
    String form(@PathVariable String reference, Model model) {
        Incident incident = require(reference);
        DecisionForm form = new DecisionForm();
        form.setVersion(incident.version());
        return page(incident, form, model);
    }

    @PostMapping("/incidents/{reference}/decision")
    @PreAuthorize(DECIDERS)
    String decide(@PathVariable String reference, @ModelAttribute("form") DecisionForm form,
            @RequestParam(defaultValue = "preview") String action, Authentication authentication, Model model,
            HttpServletResponse response) {
        Incident incident = require(reference);
        try {
            DecisionRequest request = form.toRequest();
            if (request.kind() == null || request.informationBasis() == null || request.informationBasis().isBlank()) {
                throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Incomplete",
                        request.kind() == null ? "kind" : "informationBasis", null, request.kind() == null
                                ? "Choose the decision" : "Say what information the decision was made on");
            }
            if ("preview".equals(action) && request.kind() == DecisionKind.CRIMES_RECORDED) {
                model.addAttribute("proposal", deciding.propose(request));
                return page(incident, form, model);
            }
            deciding.decide(incident.id(), request, Actor.of(authentication));
            return "redirect:/incidents/" + reference;
        } catch (InvalidRequestException refusal) {
            PageErrors.of(refusal).addTo(model);
            response.setStatus(refusal.status().value());
            return page(incident, form, model);
        }
    }

    private String page(Incident incident, DecisionForm form, Model model) {
        model.addAttribute("incident", incident);
        model.addAttribute("form", form);
        model.addAttribute("kinds", DecisionKind.values());
        model.addAttribute("classifications", referenceData.offenceClassificationsInForce(incident.receivedAt()));
        model.addAttribute("noCrimeReasons", options.noCrimeReasons());
        model.addAttribute("flagTypes", options.crimeFlags());
        model.addAttribute("updates", incidents.updates(incident.id()));
        return "decisions/form";
    }

    private Incident require(String reference) {
        return queries.requireVisible(reference, Actor.current(), "Crime-recording decision");
    }
}
