package org.crimeledger.web;

import java.util.List;

import org.crimeledger.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page: what that role does here, the figures that need its attention, and where to start. */
@Controller
class HomePage {

    private final List<HomePanel> panels;

    HomePage(List<HomePanel> panels) {
        this.panels = panels;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        Actor actor = Actor.of(authentication);
        model.addAttribute("figures", panels.stream().flatMap(panel -> panel.figuresFor(actor).stream()).toList());
        return "home";
    }
}
