package org.crimeledger.outcomes.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.crimeledger.outcomes.OutcomeMix;
import org.crimeledger.outcomes.OutcomeRequest;
import org.crimeledger.outcomes.Outcomes;
import org.crimeledger.outcomes.PolicyData;
import org.crimeledger.recording.Crime;
import org.crimeledger.recording.Crimes;
import org.crimeledger.security.Actor;
import org.crimeledger.standards.ReferenceData;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Giving a crime its outcome, authorising the outcomes a policy holds, and the outcome mix. */
@Controller
class OutcomePages {

    static final String APPLIERS = "hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR')";
    static final String AUTHORISERS = "hasAnyRole('SUPERVISOR','CRIME_REGISTRAR')";
    static final String STATISTICS_READERS = "hasAnyRole('ANALYST','PCC','AUDITOR','CRIME_REGISTRAR','SUPERVISOR')";

    private final Outcomes outcomes;
    private final Crimes crimes;
    private final ReferenceData referenceData;
    private final PolicyData policyData;
    private final OutcomeMix mix;
    private final Clock clock;

    OutcomePages(Outcomes outcomes, Crimes crimes, ReferenceData referenceData, PolicyData policyData, OutcomeMix mix,
            Clock clock) {
        this.clock = clock;
        this.outcomes = outcomes;
        this.crimes = crimes;
        this.referenceData = referenceData;
        this.policyData = policyData;
        this.mix = mix;
    }

    record PageError(String field, String message) implements java.io.Serializable {
    }

    @GetMapping("/outcomes/crimes/{f}/{y}/{n}")
    @PreAuthorize(APPLIERS + " or hasRole('AUDITOR')")
    String crime(@PathVariable String f, @PathVariable String y, @PathVariable String n, Model model) {
        Crime crime = require(f, y, n);
        model.addAttribute("crime", crime);
        model.addAttribute("outcomes", outcomes.forCrime(crime.id()));
        model.addAttribute("suspects", outcomes.suspects(crime.id()));
        model.addAttribute("outcomeTypes", referenceData.outcomeTypes());
        model.addAttribute("policies", policyData.policies());
        return "outcomes/crime";
    }

    @PostMapping("/outcomes/crimes/{f}/{y}/{n}")
    @PreAuthorize(APPLIERS)
    String apply(@PathVariable String f, @PathVariable String y, @PathVariable String n,
            @RequestParam(defaultValue = "") String outcomeType, @RequestParam(required = false) Long suspectId,
            @RequestParam(required = false) Integer previousOffences, @RequestParam(required = false) String ticCaseReference,
            @RequestParam(defaultValue = "") String reason, Authentication authentication, RedirectAttributes redirect) {
        Crime crime = require(f, y, n);
        try {
            var outcome = outcomes.apply(crime.id(), new OutcomeRequest(outcomeType, suspectId, previousOffences,
                    ticCaseReference, reason), Actor.of(authentication));
            redirect.addFlashAttribute("message", "APPLIED".equals(outcome.status())
                    ? "Outcome " + outcome.outcomeType() + " applied: the crime is finalised and the victim's update is due"
                    : "Outcome " + outcome.outcomeType() + " proposed: it waits for authorisation");
        } catch (InvalidRequestException refusal) {
            redirect.addFlashAttribute("errors", List.of(new PageError(refusal.field(), refusal.getMessage())));
        }
        return "redirect:/outcomes/crimes/" + crime.reference();
    }

    @GetMapping("/outcomes/authorisations")
    @PreAuthorize(AUTHORISERS)
    String authorisations(Model model) {
        model.addAttribute("awaiting", outcomes.awaitingAuthorisation(Actor.current()));
        model.addAttribute("policies", policyData.policies());
        return "outcomes/authorisations";
    }

    @PostMapping("/outcomes/{id}/authorisation")
    @PreAuthorize(AUTHORISERS)
    String authorise(@PathVariable long id, @RequestParam(defaultValue = "false") boolean grant,
            @RequestParam(defaultValue = "") String note, Authentication authentication, RedirectAttributes redirect) {
        try {
            var outcome = outcomes.authorise(id, grant, note, Actor.of(authentication));
            redirect.addFlashAttribute("message", grant ? "Authorised: outcome " + outcome.outcomeType() + " applied to "
                    + outcome.crimeReference() : "Refused: outcome " + outcome.outcomeType() + " for " + outcome.crimeReference());
        } catch (InvalidRequestException refusal) {
            redirect.addFlashAttribute("errors", List.of(new PageError(refusal.field(), refusal.getMessage())));
        }
        return "redirect:/outcomes/authorisations";
    }

    @GetMapping("/outcomes/statistics")
    @PreAuthorize(STATISTICS_READERS)
    String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate end = to == null ? LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London")) : to;
        LocalDate start = from == null ? end.minusYears(1) : from;
        model.addAttribute("shares", mix.byOffenceGroupAndQuarter(start, end));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        return "outcomes/statistics";
    }

    private Crime require(String f, String y, String n) {
        return crimes.requireVisible(f + "/" + y + "/" + n, Actor.current(), "Crime outcomes");
    }
}
