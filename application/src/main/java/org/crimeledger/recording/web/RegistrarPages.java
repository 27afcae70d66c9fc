package org.crimeledger.recording.web;

import org.crimeledger.recording.Reclassifying;
import org.crimeledger.recording.RegistrarDesk;
import org.crimeledger.recording.Removing;
import org.crimeledger.security.Actor;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registrar's desk: downgrades, cancellations and transfers waiting for a decision, and the
 * latest decisions made after their deadline.
 */
@Controller
class RegistrarPages {

    private final Reclassifying reclassifying;
    private final Removing removing;
    private final RegistrarDesk desk;

    RegistrarPages(Reclassifying reclassifying, Removing removing, RegistrarDesk desk) {
        this.reclassifying = reclassifying;
        this.removing = removing;
        this.desk = desk;
    }

    @GetMapping("/registrar")
    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','AUDITOR','SUPERVISOR')")
    String desk(Model model) {
        RegistrarDesk.Desk shown = desk.view(50, Actor.current());
        model.addAttribute("reclassifications", shown.reclassifications());
        model.addAttribute("removals", shown.removals());
        model.addAttribute("breaches", shown.lateDecisions());
        return "registrar/desk";
    }

    @PostMapping("/registrar/reclassifications/{id}")
    @PreAuthorize("hasRole('CRIME_REGISTRAR')")
    String decideReclassification(@PathVariable long id, @RequestParam boolean approve,
            @RequestParam(required = false) String note, Authentication authentication, RedirectAttributes redirect) {
        try {
            reclassifying.decide(id, approve, note, Actor.of(authentication));
            redirect.addFlashAttribute("message", approve ? "Reclassification approved" : "Reclassification rejected");
        } catch (InvalidRequestException refusal) {
            redirect.addFlashAttribute("errors", PageErrors.of(refusal).errors());
        }
        return "redirect:/registrar";
    }

    @PostMapping("/registrar/removals/{id}")
    @PreAuthorize("hasRole('CRIME_REGISTRAR')")
    String decideRemoval(@PathVariable long id, @RequestParam boolean approve,
            @RequestParam(required = false) String note, Authentication authentication, RedirectAttributes redirect) {
        try {
            removing.decide(id, approve, note, Actor.of(authentication));
            redirect.addFlashAttribute("message", approve ? "Approved" : "Rejected");
        } catch (InvalidRequestException refusal) {
            redirect.addFlashAttribute("errors", PageErrors.of(refusal).errors());
        }
        return "redirect:/registrar";
    }
}
