package org.crimeledger.recording.web;

import java.time.LocalDate;
import java.time.LocalTime;

import org.crimeledger.ForceProperties;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.recording.Crime;
import org.crimeledger.recording.CrimeStatus;
import org.crimeledger.recording.Crimes;
import org.crimeledger.recording.Reclassifying;
import org.crimeledger.recording.RemovalProposal;
import org.crimeledger.recording.Removing;
import org.crimeledger.recording.VictimDetails;
import org.crimeledger.security.Actor;
import org.crimeledger.standards.ReferenceData;
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

/** Crime pages: search, a crime with its whole history, reclassification, cancellation and victim details. */
@Controller
class CrimePages {

    static final String READERS = "hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR','AUDITOR')";
    static final String INVESTIGATORS = "hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR')";

    private final Crimes crimes;
    private final Reclassifying reclassifying;
    private final Removing removing;
    private final VictimDetails victims;
    private final ReferenceData referenceData;
    private final Ledger ledger;
    private final ForceProperties force;

    CrimePages(Crimes crimes, Reclassifying reclassifying, Removing removing, VictimDetails victims,
            ReferenceData referenceData, Ledger ledger, ForceProperties force) {
        this.crimes = crimes;
        this.reclassifying = reclassifying;
        this.removing = removing;
        this.victims = victims;
        this.referenceData = referenceData;
        this.ledger = ledger;
        this.force = force;
    }

    @GetMapping("/crimes")
    @PreAuthorize(READERS)
    String search(@RequestParam(required = false) String text, @RequestParam(required = false) String status,
            Model model) {
        model.addAttribute("crimes", crimes.search(text, status, 100, Actor.current()));
        model.addAttribute("statuses", CrimeStatus.values());
        model.addAttribute("text", text);
        model.addAttribute("status", status);
        return "crimes/search";
    }

    @GetMapping("/crimes/{f}/{y}/{n}")
    @PreAuthorize(READERS)
    String show(@PathVariable String f, @PathVariable String y, @PathVariable String n, Model model) {
        Crime crime = require(f, y, n);
        model.addAttribute("crime", crime);
        model.addAttribute("history", ledger.history("crime", Long.toString(crime.id())));
        model.addAttribute("reclassifications", reclassifying.forCrime(crime.id()));
        model.addAttribute("removals", removing.forCrime(crime.id()));
        model.addAttribute("classifications", referenceData.offenceClassificationsInForce(crime.reportedAt()));
        model.addAttribute("cancellationClasses", referenceData.cancellationClasses());
        return "crimes/show";
    }

    /** Shows the victim's details for a stated purpose; the read is logged before anything is shown. */
    @PostMapping("/crimes/{f}/{y}/{n}/victim")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR','VICTIM_SERVICE','AUDITOR')")
    String victim(@PathVariable String f, @PathVariable String y, @PathVariable String n,
            @RequestParam(defaultValue = "") String purpose, Authentication authentication, Model model) {
        Crime crime = require(f, y, n);
        if (crime.victimId() == null) {
            throw InvalidRequestException.unknown("victim", crime.reference(), "victim on crime");
        }
        model.addAttribute("victim", victims.read(crime.victimId(), purpose, Actor.of(authentication)));
        model.addAttribute("purpose", purpose);
        show(f, y, n, model);
        return "crimes/show";
    }

    @PostMapping("/crimes/{f}/{y}/{n}/reclassifications")
    @PreAuthorize(INVESTIGATORS)
    String reclassify(@PathVariable String f, @PathVariable String y, @PathVariable String n,
            @RequestParam(defaultValue = "") String toCode, @RequestParam(defaultValue = "") String reason,
            @RequestParam int version, Authentication authentication, RedirectAttributes redirect) {
        Crime crime = require(f, y, n);
        try {
            var result = reclassifying.propose(crime.id(), version, toCode, reason, Actor.of(authentication));
            redirect.addFlashAttribute("message", "APPLIED".equals(result.status()) ? "Crime reclassified"
                    : "Downgrade proposed: it waits for a Force Crime Registrar or DDM decision");
        } catch (InvalidRequestException refusal) {
            redirect.addFlashAttribute("errors", PageErrors.of(refusal).errors());
        }
        return "redirect:/crimes/" + crime.reference();
    }

    @PostMapping("/crimes/{f}/{y}/{n}/removals")
    @PreAuthorize(INVESTIGATORS)
    String proposeRemoval(@PathVariable String f, @PathVariable String y, @PathVariable String n,
            @RequestParam(defaultValue = "") String cancellationClass, @RequestParam(defaultValue = "") String explanation,
            @RequestParam(required = false) String additionalInformation,
            @RequestParam(required = false) String evidenceReference, @RequestParam(required = false) String targetForce,
            @RequestParam(required = false) String targetForceReference,
            @RequestParam(required = false) String duplicateOfReference,
            @RequestParam(required = false) LocalDate victimToldDate, @RequestParam int version,
            Authentication authentication, RedirectAttributes redirect) {
        Crime crime = require(f, y, n);
        var told = victimToldDate == null ? null : victimToldDate.atTime(LocalTime.NOON).atZone(force.timeZone()).toInstant();
        try {
            removing.propose(crime.id(), version, new RemovalProposal(cancellationClass, explanation,
                    blankToNull(additionalInformation), blankToNull(evidenceReference), blankToNull(targetForce),
                    blankToNull(targetForceReference), blankToNull(duplicateOfReference), told), Actor.of(authentication));
            redirect.addFlashAttribute("message", "Proposal sent to the Force Crime Registrar's team for a decision");
        } catch (InvalidRequestException refusal) {
            redirect.addFlashAttribute("errors", PageErrors.of(refusal).errors());
        }
        return "redirect:/crimes/" + crime.reference();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private Crime require(String f, String y, String n) {
        return crimes.requireVisible(f + "/" + y + "/" + n, Actor.current(), "Crime page");
    }
}
