package org.crimeledger.recording.web;

import java.util.List;

import org.crimeledger.web.InvalidRequestException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Errors for the GOV.UK error summary: each with the field it belongs to (the summary links to it)
 * and the message in plain English.
 */
record PageErrors(List<Error> errors) {

    /** Serializable: it travels in a flash attribute, which lives in the session, which lives in the database. */
    record Error(String field, String message) implements java.io.Serializable {
    }

    static PageErrors of(BindingResult binding) {
        return new PageErrors(binding.getFieldErrors().stream()
                .map(error -> new Error(error.getField(), error.getDefaultMessage())).toList());
    }

    static PageErrors of(InvalidRequestException refusal) {
        return new PageErrors(List.of(new Error(refusal.field(), refusal.getMessage())));
    }

    void addTo(Model model) {
        model.addAttribute("errors", errors);
    }
}
