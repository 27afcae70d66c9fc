package org.crimeledger.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused request on a page gets a GOV.UK error page with the reason in plain English, and the
 * right status (404 for an unknown reference, 403 for a decision that is not yours, 409 for a conflict).
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView refused(InvalidRequestException refusal) {
        String view = switch (refusal.status()) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            default -> "error/4xx";
        };
        ModelAndView page = new ModelAndView(view, refusal.status());
        page.addObject("detail", refusal.getMessage());
        return page;
    }

    /** A NUL character typed or pasted into a form: the change is rolled back whole and the page says why. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ModelAndView refusedByDatabase(org.springframework.dao.DataIntegrityViolationException ex) {
        if (!Texts.isNulCharacterRefusal(ex)) {
            throw ex;
        }
        ModelAndView page = new ModelAndView("error/4xx", org.springframework.http.HttpStatus.BAD_REQUEST);
        page.addObject("detail", Texts.NUL_REFUSED);
        return page;
    }
}
