package org.crimeledger.publication.web;

import org.crimeledger.publication.PublishedFigureTrace;
import org.crimeledger.security.Actor;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A published count and the references of the records behind it, as JSON (see {@link PublishedFigurePages}). */
@RestController
class PublishedFigureApi {

    private final PublishedFigureTrace trace;

    PublishedFigureApi(PublishedFigureTrace trace) {
        this.trace = trace;
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR')")
    @GetMapping(path = "/api/v1/publication/trace/street-level", produces = MediaType.APPLICATION_JSON_VALUE)
    PublishedFigureTrace.Trace streetLevel(@RequestParam String month,
            @RequestParam(defaultValue = "all-crime") String category, @RequestParam(required = false) Long point,
            Authentication authentication) {
        return trace.streetLevel(PublishedFigurePages.month(month), category, point, Actor.of(authentication));
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR')")
    @GetMapping(path = "/api/v1/publication/trace/recorded-crime", produces = MediaType.APPLICATION_JSON_VALUE)
    PublishedFigureTrace.Trace recordedCrime(@RequestParam int financialYear, @RequestParam String offenceCode,
            Authentication authentication) {
        return trace.recordedCrime(financialYear, offenceCode, Actor.of(authentication));
    }

}
