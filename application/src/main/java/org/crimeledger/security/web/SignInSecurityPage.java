package org.crimeledger.security.web;

import java.security.Principal;

import org.crimeledger.security.SignInAttempts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** For administrators: the sign-in lockouts in force, with a button to lift each, and the latest refused attempts. */
@Controller
class SignInSecurityPage {

    static final int SHOWN = 50;

    private final SignInAttempts attempts;

    SignInSecurityPage(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/admin/sign-ins")
    String page(Model model) {
        model.addAttribute("policy", attempts.policy());
        model.addAttribute("lockouts", attempts.lockouts());
        model.addAttribute("failures", attempts.recentFailures(SHOWN));
        return "admin/sign-ins";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/admin/sign-ins/{username}/unlock")
    String unlock(@PathVariable String username, Principal administrator, RedirectAttributes redirect) {
        boolean lifted = attempts.unlock(username, administrator.getName());
        redirect.addFlashAttribute("message", lifted
                ? "The pause on " + username + " is lifted."
                : username + " was not paused (the pause may have ended already).");
        return "redirect:/admin/sign-ins";
    }
}
