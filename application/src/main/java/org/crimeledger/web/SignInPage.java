package org.crimeledger.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security handles the POST to the same address. */
@Controller
class SignInPage {

    @PreAuthorize("permitAll()")
    @GetMapping("/sign-in")
    String signIn(@RequestParam(name = "error", required = false) String error, Model model) {
        // GOV.UK pattern: prefix the title with "Error:" so screen reader users hear it first.
        model.addAttribute("pageTitle", error == null ? "Sign in" : "Error: Sign in");
        return "sign-in";
    }
}
