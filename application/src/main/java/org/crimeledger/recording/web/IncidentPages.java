package org.crimeledger.recording.web;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.crimeledger.ForceProperties;
import org.crimeledger.incidents.Channel;
import org.crimeledger.incidents.Incident;
import org.crimeledger.incidents.IncidentQueries;
import org.crimeledger.incidents.IncidentSearch;
import org.crimeledger.incidents.Incidents;
import org.crimeledger.incidents.ReporterRelation;
import org.crimeledger.recording.Crimes;
import org.crimeledger.recording.Deciding;
import org.crimeledger.security.Actor;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Call handling pages: search, open an incident, read its timeline, add updates, close it. */
@Controller
class IncidentPages {

    static final String READERS = "hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR','CRIME_REGISTRAR','AUDITOR')";
    static final String WRITERS = "hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR')";

    private final Incidents incidents;
    private final IncidentQueries queries;
    private final Deciding deciding;
    private final Crimes crimes;
    private final ForceProperties force;
    private final Clock clock;

    IncidentPages(Incidents incidents, IncidentQueries queries, Deciding deciding, Crimes crimes, ForceProperties force,
            Clock clock) {
        this.incidents = incidents;
        this.queries = queries;
        this.deciding = deciding;
        this.crimes = crimes;
        this.force = force;
        this.clock = clock;
    }

    @GetMapping("/incidents")
    @PreAuthorize(READERS)
    String search(@RequestParam(required = false) String text, @RequestParam(required = false) String team,
            @RequestParam(required = false) String status, Model model) {
        model.addAttribute("incidents", queries.search(new IncidentSearch(text, team, null, status, null, null, 100), Actor.current()));
        model.addAttribute("teams", queries.teams());
        model.addAttribute("text", text);
        model.addAttribute("team", team);
        model.addAttribute("status", status);
        return "incidents/search";
    }

    @GetMapping("/incidents/new")
    @PreAuthorize(WRITERS)
    String newIncident(Model model) {
        NewIncidentForm form = new NewIncidentForm();
        var now = clock.instant().atZone(force.timeZone());
        form.receivedDate = now.toLocalDate();
        form.receivedTime = now.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        return formPage(form, model);
    }

    @PostMapping("/incidents")
    @PreAuthorize(WRITERS)
    String open(@Valid @ModelAttribute("form") NewIncidentForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        if (binding.hasErrors()) {
            PageErrors.of(binding).addTo(model);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(form, model);
        }
        try {
            Incident incident = incidents.open(form.toCommand(force.timeZone()), Actor.current());
            return "redirect:/incidents/" + incident.reference();
        } catch (InvalidRequestException refusal) {
            PageErrors.of(refusal).addTo(model);
            response.setStatus(refusal.status().value());
            return formPage(form, model);
        }
    }

    @GetMapping("/incidents/{reference}")
    @PreAuthorize(READERS)
    String show(@PathVariable String reference, Model model) {
        Incident incident = require(reference);
        model.addAttribute("incident", incident);
        model.addAttribute("updates", incidents.updates(incident.id()));
        model.addAttribute("decision", deciding.decisionFor(incident.id()).orElse(null));
        model.addAttribute("crimes", crimes.forIncident(incident.id(), Actor.current(), "Incident page"));
        model.addAttribute("types", incidents.types());
        model.addAttribute("timeLeft", incident.awaitingDecision()
                ? Duration.between(clock.instant(), incident.decisionDueAt()) : null);
        return "incidents/show";
    }

    @PostMapping("/incidents/{reference}/updates")
    @PreAuthorize(WRITERS)
    String addUpdate(@PathVariable String reference, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean disclosesCrime, @RequestParam int version,
            Authentication authentication, RedirectAttributes redirect) {
        Incident incident = require(reference);
        try {
            incidents.addUpdate(incident.id(), version, text, disclosesCrime, Actor.of(authentication));
            redirect.addFlashAttribute("message", "Update added");
        } catch (InvalidRequestException refusal) {
            redirect.addFlashAttribute("errors", PageErrors.of(refusal).errors());
        }
        return "redirect:/incidents/" + reference;
    }

    @PostMapping("/incidents/{reference}/closure")
    @PreAuthorize(WRITERS)
    String close(@PathVariable String reference, @RequestParam(defaultValue = "") String closingType,
            @RequestParam int version, Authentication authentication, RedirectAttributes redirect) {
        Incident incident = require(reference);
        try {
            incidents.close(incident.id(), version, closingType, Actor.of(authentication));
            redirect.addFlashAttribute("message", "Incident closed");
        } catch (InvalidRequestException refusal) {
            redirect.addFlashAttribute("errors", PageErrors.of(refusal).errors());
        }
        return "redirect:/incidents/" + reference;
    }

    private String formPage(NewIncidentForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("relations", ReporterRelation.values());
        model.addAttribute("types", incidents.types());
        model.addAttribute("teams", queries.teams());
        return "incidents/new";
    }

    private Incident require(String reference) {
        return queries.requireVisible(reference, Actor.current(), "Incident page");
    }
}
