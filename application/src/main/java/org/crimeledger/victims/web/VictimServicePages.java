package org.crimeledger.victims.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.crimeledger.security.Actor;
import org.crimeledger.victims.ContactChannel;
import org.crimeledger.victims.ContactPreference;
import org.crimeledger.victims.Contacts;
import org.crimeledger.victims.Entitlement;
import org.crimeledger.victims.Entitlements;
import org.crimeledger.victims.NeedsAssessments;
import org.crimeledger.victims.VictimFlag;
import org.crimeledger.victims.VictimQueue;
import org.crimeledger.victims.VictimsCode;
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

/** The victim service queue and each victim's case: entitlements, contact log and contact preferences. */
@Controller
class VictimServicePages {

    static final String SERVICE = "hasAnyRole('VICTIM_SERVICE','CRIME_REGISTRAR','AUDITOR')";
    static final String WORKERS = "hasAnyRole('VICTIM_SERVICE','OFFICER','SUPERVISOR')";
    static final int PAGE_SIZE = 50;

    private final VictimQueue queue;
    private final Entitlements entitlements;
    private final Contacts contacts;
    private final VictimsCode code;
    private final NeedsAssessments needsAssessments;

    VictimServicePages(VictimQueue queue, Entitlements entitlements, Contacts contacts, VictimsCode code,
            NeedsAssessments needsAssessments) {
        this.needsAssessments = needsAssessments;
        this.queue = queue;
        this.entitlements = entitlements;
        this.contacts = contacts;
        this.code = code;
    }

    @GetMapping("/victims/queue")
    @PreAuthorize(SERVICE)
    String queue(@RequestParam(required = false) String entitlement, @RequestParam(defaultValue = "false") boolean dueToday,
            @RequestParam(defaultValue = "0") int offset, Authentication authentication, Model model) {
        Entitlement chosen = entitlement == null || entitlement.isBlank() ? null : parse(entitlement);
        VictimQueue.Page page = queue.page(Actor.of(authentication), chosen, dueToday ? queue.today() : null, offset,
                PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("entitlements", code.entitlements());
        model.addAttribute("entitlement", chosen == null ? "" : chosen.name());
        model.addAttribute("dueToday", dueToday);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "victims/queue";
    }

    @GetMapping("/victims/{victimId}")
    @PreAuthorize("hasAnyRole('VICTIM_SERVICE','OFFICER','SUPERVISOR','CRIME_REGISTRAR','AUDITOR')")
    String victim(@PathVariable long victimId, Authentication authentication, Model model) {
        contacts.requireMaySeeToRead(victimId, Actor.of(authentication), "Victim's case page");
        model.addAttribute("victimId", victimId);
        model.addAttribute("tasks", entitlements.forVictim(victimId));
        model.addAttribute("contacts", contacts.contacts(victimId));
        model.addAttribute("preference", contacts.preference(victimId).orElse(null));
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("frequencies", ContactPreference.FREQUENCIES);
        model.addAttribute("today", queue.today());
        model.addAttribute("needs", needsAssessments.latestFlags(victimId).stream().map(Enum::name).toList());
        model.addAttribute("victimFlags", VictimFlag.values());
        return "victims/victim";
    }

    @PostMapping("/victims/{victimId}/contacts")
    @PreAuthorize(WORKERS)
    String logContact(@PathVariable long victimId, @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String summary, @RequestParam(required = false) Long taskId,
            Authentication authentication, RedirectAttributes redirect) {
        return act(victimId, redirect, "Contact logged", () -> contacts.log(victimId, channel(channel), summary, taskId,
                Actor.of(authentication)));
    }

    @PostMapping("/victims/{victimId}/needs-assessment")
    @PreAuthorize(WORKERS)
    String assess(@PathVariable long victimId, @RequestParam(required = false) List<VictimFlag> flags,
            @RequestParam(defaultValue = "") String note, Authentication authentication, RedirectAttributes redirect) {
        return act(victimId, redirect, "Needs assessment recorded", () -> needsAssessments.record(victimId,
                flags == null ? Set.of() : EnumSet.copyOf(flags), note, Actor.of(authentication)));
    }

    @PostMapping("/victims/{victimId}/preference")
    @PreAuthorize(WORKERS)
    String setPreference(@PathVariable long victimId, @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String frequency, @RequestParam(defaultValue = "false") boolean safeToLeaveMessages,
            @RequestParam(required = false) String notes, Authentication authentication, RedirectAttributes redirect) {
        return act(victimId, redirect, "Contact preferences saved", () -> contacts.setPreference(victimId,
                channel(channel), frequency, safeToLeaveMessages, notes, Actor.of(authentication)));
    }

    @PostMapping("/victims/{victimId}/tasks/{taskId}")
    @PreAuthorize(WORKERS)
    String closeTask(@PathVariable long victimId, @PathVariable long taskId,
            @RequestParam(defaultValue = "false") boolean declined, @RequestParam(defaultValue = "") String note,
            Authentication authentication, RedirectAttributes redirect) {
        return act(victimId, redirect, declined ? "Recorded as declined by the victim" : "Recorded as done",
                () -> entitlements.close(taskId, declined, note, Actor.of(authentication)));
    }

    private String act(long victimId, RedirectAttributes redirect, String message, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", message);
        } catch (InvalidRequestException refusal) {
            if (refusal.status().value() == 403) {
                throw refusal;
            }
            redirect.addFlashAttribute("errors", List.of(new PageError(refusal.field(), refusal.getMessage())));
        }
        return "redirect:/victims/" + victimId;
    }

    static ContactChannel channel(String value) {
        try {
            return value == null || value.isBlank() ? null : ContactChannel.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequestException(org.springframework.http.HttpStatus.BAD_REQUEST, "Unknown channel",
                    "channel", value, "Choose a contact channel from the list");
        }
    }

    static Entitlement parse(String value) {
        try {
            return Entitlement.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequestException(org.springframework.http.HttpStatus.BAD_REQUEST, "Unknown entitlement",
                    "entitlement", value, "Choose an entitlement from the list");
        }
    }

    static LocalDate orDefault(LocalDate value, LocalDate otherwise) {
        return value == null ? otherwise : value;
    }
}
