package org.crimeledger.incidents.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crimeledger.incidents.Incident;
import org.crimeledger.incidents.IncidentQueries;
import org.crimeledger.incidents.IncidentSearch;
import org.crimeledger.incidents.IncidentType;
import org.crimeledger.incidents.IncidentUpdate;
import org.crimeledger.incidents.Incidents;
import org.crimeledger.incidents.OpenIncident;
import org.crimeledger.security.Actor;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Incidents over JSON, for command-and-control systems and other front ends. */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "Reports from call handling, their narrative and closure")
class IncidentApi {

    private final Incidents incidents;
    private final IncidentQueries queries;

    IncidentApi(Incidents incidents, IncidentQueries queries) {
        this.incidents = incidents;
        this.queries = queries;
    }

    /** An incident with its narrative, oldest update first. */
    record IncidentView(Incident incident, List<IncidentUpdate> updates) {
    }

    record NewUpdate(@NotBlank(message = "Enter the update") @Size(max = 10000) String text, Boolean disclosesCrime,
            @NotNull(message = "Give the version you last saw") Integer version) {
    }

    record Closure(@NotBlank(message = "Choose the closing type") String closingType,
            @NotNull(message = "Give the version you last saw") Integer version) {
    }

    @Operation(summary = "Open an incident; a crime-related one starts the 24-hour decision clock")
    @PostMapping
    @PreAuthorize("hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR')")
    ResponseEntity<IncidentView> open(@Valid @RequestBody OpenIncident command) {
        Incident incident = incidents.open(command, Actor.current());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.reference())).body(view(incident));
    }

    @Operation(summary = "Search incidents, newest first")
    @GetMapping
    @PreAuthorize("hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR','CRIME_REGISTRAR','AUDITOR')")
    List<Incident> search(@RequestParam(required = false) String text, @RequestParam(required = false) String team,
            @RequestParam(required = false) String category, @RequestParam(required = false) String decisionStatus,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "50") int limit) {
        return queries.search(new IncidentSearch(text, team, category, decisionStatus, from, to, limit), Actor.current());
    }

    @Operation(summary = "One incident with its narrative")
    @GetMapping("/{reference}")
    @PreAuthorize("hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR','CRIME_REGISTRAR','AUDITOR')")
    IncidentView get(@PathVariable String reference) {
        return view(require(reference));
    }

    @Operation(summary = "Append a narrative update; one that discloses a crime starts the decision clock")
    @PostMapping("/{reference}/updates")
    @PreAuthorize("hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR')")
    IncidentView addUpdate(@PathVariable String reference, @Valid @RequestBody NewUpdate update) {
        Incident incident = require(reference);
        return view(incidents.addUpdate(incident.id(), update.version(), update.text(),
                Boolean.TRUE.equals(update.disclosesCrime()), Actor.current()));
    }

    @Operation(summary = "Close an incident; refused while its crime-recording decision is outstanding")
    @PostMapping("/{reference}/closure")
    @PreAuthorize("hasAnyRole('CALL_HANDLER','OFFICER','SUPERVISOR')")
    IncidentView close(@PathVariable String reference, @Valid @RequestBody Closure closure) {
        Incident incident = require(reference);
        return view(incidents.close(incident.id(), closure.version(), closure.closingType(), Actor.current()));
    }

    @Operation(summary = "Opening and closing types by national incident category")
    @GetMapping("/types")
    @PreAuthorize("isAuthenticated()")
    List<IncidentType> types() {
        return incidents.types();
    }

    private Incident require(String reference) {
        return queries.requireVisible(reference, Actor.current(), "Incident read through the API");
    }

    private IncidentView view(Incident incident) {
        return new IncidentView(incident, incidents.updates(incident.id()));
    }
}
