package org.crimeledger.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page: what that role does here and where to start. */
@Controller
class HomePage {

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/")
    String home() {
        return "home";
    }
}
