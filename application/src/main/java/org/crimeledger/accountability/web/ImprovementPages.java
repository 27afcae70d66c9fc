package org.crimeledger.accountability.web;

import java.time.LocalDate;
import java.util.List;

import org.crimeledger.accountability.ImprovementAction;
import org.crimeledger.accountability.ImprovementActions;
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
 * Recommendations and areas for improvement: the full list for the registrar and auditors, and progress as
 * counts for the Police and Crime Commissioner's office.
 */
@Controller
class ImprovementPages {

    /** One error for the GOV.UK error summary. */
    record PageError(String field, String message) implements java.io.Serializable {
    }

    private final ImprovementActions actions;

    ImprovementPages(ImprovementActions actions) {
        this.actions = actions;
    }

    @GetMapping("/improvement-actions")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    String list(Model model) {
        model.addAttribute("actions", actions.all());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("progress", actions.progress());
        return "improvement-actions/index";
    }

    @PostMapping("/improvement-actions")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    String raise(@RequestParam(required = false) Long planId, @RequestParam(required = false) String kind,
                 @RequestParam String finding, @RequestParam String action, @RequestParam String owner,
                 @RequestParam(required = false) String dueDate, Authentication authentication,
                 RedirectAttributes redirect) {
        try {
            LocalDate due = parseDate(dueDate);
            ImprovementAction.Kind chosen = kind == null ? null : ImprovementAction.Kind.valueOf(kind);
            actions.raise(planId, chosen, finding, action, owner, due, Actor.of(authentication));
            redirect.addFlashAttribute("message", "Recorded");
        } catch (InvalidRequestException refused) {
            redirect.addFlashAttribute("errors", List.of(new PageError(refused.field(), refused.getMessage())));
        }
        return "redirect:/improvement-actions";
    }

    @PostMapping("/improvement-actions/{id}")
    @PreAuthorize("hasAnyRole('AUDITOR','CRIME_REGISTRAR')")
    String update(@PathVariable long id, @RequestParam String status, @RequestParam(required = false) String evidence,
                  @RequestParam int version, Authentication authentication, RedirectAttributes redirect) {
        try {
            actions.update(id, version, ImprovementAction.Status.valueOf(status), evidence, Actor.of(authentication));
            redirect.addFlashAttribute("message", "Progress recorded");
        } catch (InvalidRequestException refused) {
            redirect.addFlashAttribute("errors", List.of(new PageError(refused.field() + "-" + id, refused.getMessage())));
        }
        return "redirect:/improvement-actions";
    }

    @GetMapping("/improvement-actions/progress")
    @PreAuthorize("hasAnyRole('PCC','AUDITOR','CRIME_REGISTRAR','ANALYST')")
    String progress(Model model) {
        model.addAttribute("progress", actions.progress());
        return "improvement-actions/progress";
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (RuntimeException e) {
            throw new InvalidRequestException(org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY, "Invalid date",
                    "dueDate", text, "Enter the due date like 2027-03-31");
        }
    }
}
