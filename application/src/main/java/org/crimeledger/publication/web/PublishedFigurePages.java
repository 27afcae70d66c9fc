package org.crimeledger.publication.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.crimeledger.publication.PublishedFigureTrace;
import org.crimeledger.security.Actor;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * From a published figure to the records behind it (and {@link PublishedFigureApi} as JSON): the force's registrar, analysts and
 * auditors, who answer for the published figures (restricted records only to those who may see them).
 */
@Controller
class PublishedFigurePages {

    private final PublishedFigureTrace trace;

    PublishedFigurePages(PublishedFigureTrace trace) {
        this.trace = trace;
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR')")
    @GetMapping("/publication/trace")
    String page(@RequestParam(required = false) String month, @RequestParam(defaultValue = "all-crime") String category,
            @RequestParam(required = false) Long point, @RequestParam(required = false) Integer financialYear,
            @RequestParam(required = false) String offenceCode, Authentication authentication, Model model) {
        model.addAttribute("month", month);
        model.addAttribute("category", category);
        model.addAttribute("point", point);
        model.addAttribute("financialYear", financialYear);
        model.addAttribute("offenceCode", offenceCode);
        if (month != null && !month.isBlank()) {
            model.addAttribute("trace", trace.streetLevel(month(month), category, point, Actor.of(authentication)));
        } else if (financialYear != null && offenceCode != null && !offenceCode.isBlank()) {
            model.addAttribute("trace", trace.recordedCrime(financialYear, offenceCode.strip(), Actor.of(authentication)));
        }
        return "publication/trace";
    }

    static YearMonth month(String month) {
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Invalid month", "month", month,
                    "must be a month such as 2026-10");
        }
    }
}
