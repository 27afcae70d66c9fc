package org.crimeledger.outcomes.web;

import java.time.LocalDate;
import java.util.List;

import org.crimeledger.outcomes.CrimeOutcome;
import org.crimeledger.outcomes.OutcomeMix;
import org.crimeledger.outcomes.OutcomePolicy;
import org.crimeledger.outcomes.OutcomeRequest;
import org.crimeledger.outcomes.OutcomeShare;
import org.crimeledger.outcomes.Outcomes;
import org.crimeledger.outcomes.PolicyData;
import org.crimeledger.outcomes.PolicyFinding;
import org.crimeledger.recording.Crime;
import org.crimeledger.recording.Crimes;
import org.crimeledger.security.Actor;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Outcomes over JSON: applying, authorising, the policies and the outcome mix. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Outcomes", description = "Home Office outcome types applied to crimes, with policies and authorisations")
class OutcomeApi {

    private final Outcomes outcomes;
    private final Crimes crimes;
    private final PolicyData policyData;
    private final OutcomeMix mix;

    OutcomeApi(Outcomes outcomes, Crimes crimes, PolicyData policyData, OutcomeMix mix) {
        this.outcomes = outcomes;
        this.crimes = crimes;
        this.policyData = policyData;
        this.mix = mix;
    }

    record AuthorisationRequest(boolean grant, String note) {
    }

    record ShareView(OutcomeShare share, double rate, double lower95, double upper95) {
    }

    @Operation(summary = "Apply an outcome to a crime; held as proposed when a policy needs an authorisation")
    @PostMapping("/crimes/{force}/{year}/{number}/outcomes")
    @PreAuthorize(OutcomePages.APPLIERS)
    ResponseEntity<CrimeOutcome> apply(@PathVariable String force, @PathVariable String year,
            @PathVariable String number, @RequestBody OutcomeRequest request) {
        Crime crime = require(force, year, number);
        return ResponseEntity.status(HttpStatus.CREATED).body(outcomes.apply(crime.id(), request, Actor.current()));
    }

    @Operation(summary = "What the outcome policies say about an outcome for this crime, applying nothing")
    @PostMapping("/crimes/{force}/{year}/{number}/outcome-check")
    @PreAuthorize(OutcomePages.APPLIERS)
    List<PolicyFinding> check(@PathVariable String force, @PathVariable String year, @PathVariable String number,
            @RequestBody OutcomeRequest request) {
        return outcomes.check(require(force, year, number).id(), request);
    }

    @Operation(summary = "A crime's outcomes, with their authorisations")
    @GetMapping("/crimes/{force}/{year}/{number}/outcomes")
    @PreAuthorize(OutcomePages.APPLIERS + " or hasRole('AUDITOR')")
    List<CrimeOutcome> forCrime(@PathVariable String force, @PathVariable String year, @PathVariable String number) {
        return outcomes.forCrime(require(force, year, number).id());
    }

    @Operation(summary = "Outcomes waiting for an authorisation")
    @GetMapping("/outcomes/awaiting-authorisation")
    @PreAuthorize(OutcomePages.AUTHORISERS)
    List<CrimeOutcome> awaiting() {
        return outcomes.awaitingAuthorisation(Actor.current());
    }

    @Operation(summary = "Grant or refuse the authorisations an outcome waits for (403 for a role without the right)")
    @PostMapping("/outcomes/{id}/authorisation")
    @PreAuthorize(OutcomePages.AUTHORISERS)
    CrimeOutcome authorise(@PathVariable long id, @RequestBody AuthorisationRequest request) {
        return outcomes.authorise(id, request.grant(), request.note(), Actor.current());
    }

    @Operation(summary = "The outcome policies, with their outcome types, authorising roles and thresholds")
    @GetMapping("/outcomes/policies")
    @PreAuthorize("isAuthenticated()")
    List<OutcomePolicy> policies() {
        return policyData.policies();
    }

    @Operation(summary = "Outcome mix by offence group and quarter with 95% intervals (no per-officer figures)")
    @GetMapping("/outcomes/mix")
    @PreAuthorize(OutcomePages.STATISTICS_READERS)
    List<ShareView> mix(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return mix.byOffenceGroupAndQuarter(from, to).stream().map(s -> new ShareView(s, s.proportion().rate(),
                s.interval().lower(), s.interval().upper())).toList();
    }

    private Crime require(String force, String year, String number) {
        return crimes.requireVisible(force + "/" + year + "/" + number, Actor.current(), "Crime outcomes");
    }
}
