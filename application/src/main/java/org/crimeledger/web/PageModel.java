package org.crimeledger.web;

import jakarta.servlet.http.HttpServletRequest;

import org.crimeledger.security.UserAccounts;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user, and so the role-dependent navigation, into every page's model. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

    private final UserAccounts accounts;

    PageModel(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The path of the page, so the navigation can mark where the user is. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The signed-in user for the page's header; none for an API call, which renders no page (and so no lookup). */
    @ModelAttribute("currentUser")
    CurrentUser currentUser(Authentication authentication, HttpServletRequest request) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return CurrentUser.of(authentication, accounts.displayName(authentication.getName()));
    }
}
