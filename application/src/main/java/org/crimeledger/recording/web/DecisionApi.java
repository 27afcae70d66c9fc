package org.crimeledger.recording.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.crimeledger.incidents.Incident;
import org.crimeledger.incidents.IncidentQueries;
import org.crimeledger.incidents.Incidents;
import org.crimeledger.incidents.OpenIncident;
import org.crimeledger.recording.Crime;
import org.crimeledger.recording.Crimes;
import org.crimeledger.recording.DecisionQueue;
import org.crimeledger.recording.DecisionRequest;
import org.crimeledger.recording.DecidedIncident;
import org.crimeledger.recording.Deciding;
import org.crimeledger.recording.RecordingDecision;
import org.crimeledger.rules.CountingDecision;
import org.crimeledger.security.Actor;
import org.crimeledger.web.InvalidRequestException;
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

/** The crime-recording decision and its 24-hour queue over JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Crime-recording decisions", description = "Deciding every crime-related incident within 24 hours")
class DecisionApi {

    private final Incidents incidents;
    private final Deciding deciding;
    private final DecisionQueue queue;
    private final Crimes crimes;
    private final IncidentQueries queries;

    DecisionApi(Incidents incidents, Deciding deciding, DecisionQueue queue, Crimes crimes, IncidentQueries queries) {
        this.incidents = incidents;
        this.queries = queries;
        this.deciding = deciding;
        this.queue = queue;
        this.crimes = crimes;
    }

    /** A decision with the crimes it recorded. */
    record DecisionView(RecordingDecision decision, List<Crime> crimes) {
    }

    @Operation(summary = "Preview how the counting rules would record these offences, without recording anything")
    @PostMapping("/incidents/{reference}/counting-proposal")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR')")
    CountingDecision propose(@PathVariable String reference, @Valid @RequestBody DecisionRequest request) {
        require(reference);
        return deciding.propose(request);
    }

    @Operation(summary = "Make the crime-recording decision; a second decision on a decided incident is refused (409)")
    @PostMapping("/incidents/{reference}/decision")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR')")
    ResponseEntity<DecisionView> decide(@PathVariable String reference, @Valid @RequestBody DecisionRequest request) {
        Incident incident = require(reference);
        RecordingDecision decision = deciding.decide(incident, request, Actor.current());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new DecisionView(decision, crimes.forIncident(incident.id(), Actor.current())));
    }

    /**
     * A report recorded at the first point of contact: the incident and its decision together. The decision needs
     * no version (the incident is new).
     */
    record FirstContactReport(@Valid @NotNull(message = "Describe the report") OpenIncident incident,
            @Valid @NotNull(message = "Give the crime-recording decision") DecisionRequest decision) {

        FirstContactReport {
            if (decision != null && decision.version() == null) {
                decision = decision.onVersion(0);
            }
        }
    }

    /** The incident opened at first contact, its decision and the crimes it recorded. */
    record FirstContactView(Incident incident, RecordingDecision decision, List<Crime> crimes) {
    }

    @Operation(summary = "Open an incident and make its crime-recording decision at once (recording at the first "
            + "point of contact); if either is refused, neither is written")
    @PostMapping("/incidents/first-contact")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
    ResponseEntity<FirstContactView> recordAtFirstContact(@Valid @RequestBody FirstContactReport report) {
        DecidedIncident recorded = deciding.openAndDecide(report.incident(), report.decision(), Actor.current());
        Incident incident = recorded.incident();
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.reference()))
                .body(new FirstContactView(incident, recorded.decision(), crimes.forIncident(incident.id(), Actor.current())));
    }

    @Operation(summary = "The decision on an incident and the crimes it recorded")
    @GetMapping("/incidents/{reference}/decision")
    @PreAuthorize("hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR','CRIME_REGISTRAR','AUDITOR')")
    DecisionView decision(@PathVariable String reference) {
        Incident incident = require(reference);
        RecordingDecision decision = deciding.decisionFor(incident.id()).orElseThrow(() -> new InvalidRequestException(
                HttpStatus.NOT_FOUND, "No decision yet", "reference", reference,
                "Incident " + reference + " has no crime-recording decision yet"));
        return new DecisionView(decision, crimes.forIncident(incident.id(), Actor.current(), "Crime-recording decision"));
    }

    @Operation(summary = "Undecided crime-related incidents by time left, optionally for one team")
    @GetMapping("/decision-queue")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR','AUDITOR')")
    DecisionQueue.View queue(@RequestParam(required = false) String team) {
        return queue.forTeam(team, Actor.current());
    }

    private Incident require(String reference) {
        return queries.requireVisible(reference, Actor.current(), "Crime-recording decision");
    }
}
