package org.crimeledger.recording.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crimeledger.recording.Crime;
import org.crimeledger.recording.Crimes;
import org.crimeledger.recording.Reclassification;
import org.crimeledger.recording.Reclassifying;
import org.crimeledger.recording.Removal;
import org.crimeledger.recording.RemovalProposal;
import org.crimeledger.recording.Removing;
import org.crimeledger.recording.Victim;
import org.crimeledger.recording.VictimDetails;
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

/**
 * Crimes over JSON. A crime reference such as {@code DS/2026/000123} is the path itself:
 * {@code /api/v1/crimes/DS/2026/000123}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Crimes", description = "Crime records, their reclassification, cancellation and transfer")
class CrimeApi {

    private static final String READERS = "hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR','AUDITOR')";
    private static final String INVESTIGATORS = "hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR')";

    private final Crimes crimes;
    private final Reclassifying reclassifying;
    private final Removing removing;
    private final VictimDetails victims;

    CrimeApi(Crimes crimes, Reclassifying reclassifying, Removing removing, VictimDetails victims) {
        this.crimes = crimes;
        this.reclassifying = reclassifying;
        this.removing = removing;
        this.victims = victims;
    }

    /** A crime with its reclassifications and proposed or decided cancellations and transfers. */
    record CrimeView(Crime crime, List<Reclassification> reclassifications, List<Removal> removals) {
    }

    record ReclassificationRequest(@NotBlank(message = "Choose the new classification") String toCode,
            @NotBlank(message = "Give the reason") @Size(max = 5000) String reason,
            @NotNull(message = "Give the version you last saw") Integer version) {
    }

    record RemovalRequest(@Valid @NotNull RemovalProposal proposal,
            @NotNull(message = "Give the version you last saw") Integer version) {
    }

    record Decision(@NotNull(message = "Say whether you approve") Boolean approve, @Size(max = 5000) String note) {
    }

    @Operation(summary = "Search crimes by reference, incident reference or classification, newest first")
    @GetMapping("/crimes")
    @PreAuthorize(READERS)
    List<Crime> search(@RequestParam(required = false) String text, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "50") int limit) {
        return crimes.search(text, status, limit, Actor.current());
    }

    @Operation(summary = "One crime with its history of reclassifications, cancellations and transfers")
    @GetMapping("/crimes/{force}/{year}/{number}")
    @PreAuthorize(READERS)
    CrimeView get(@PathVariable String force, @PathVariable String year, @PathVariable String number) {
        return view(require(force, year, number));
    }

    @Operation(summary = "The victim's personal details, for a stated purpose; every read is logged (DPA 2018 s.62)")
    @GetMapping("/crimes/{force}/{year}/{number}/victim")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR','VICTIM_SERVICE','AUDITOR')")
    Victim victim(@PathVariable String force, @PathVariable String year, @PathVariable String number,
            @RequestParam(required = false) String purpose) {
        Crime crime = require(force, year, number);
        if (crime.victimId() == null) {
            throw new InvalidRequestException(HttpStatus.NOT_FOUND, "No victim", "reference", crime.reference(),
                    "This is a state-based crime with no victim");
        }
        return victims.read(crime.victimId(), purpose, Actor.current());
    }

    @Operation(summary = "Reclassify a crime; a downgrade waits for a registrar's decision")
    @PostMapping("/crimes/{force}/{year}/{number}/reclassifications")
    @PreAuthorize(INVESTIGATORS)
    ResponseEntity<Reclassification> reclassify(@PathVariable String force, @PathVariable String year,
            @PathVariable String number, @Valid @RequestBody ReclassificationRequest request) {
        Crime crime = require(force, year, number);
        Reclassification result = reclassifying.propose(crime.id(), request.version(), request.toCode(),
                request.reason(), Actor.current());
        return ResponseEntity.status(HttpStatus.CREATED).body(result);
    }

    @Operation(summary = "Decide a proposed downgrade (Force Crime Registrar or Designated Decision Maker)")
    @PostMapping("/reclassifications/{id}/decision")
    @PreAuthorize("hasRole('CRIME_REGISTRAR')")
    Reclassification decideReclassification(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return reclassifying.decide(id, decision.approve(), decision.note(), Actor.current());
    }

    @Operation(summary = "Propose cancelling (C2-C5) or transferring (C1) a crime")
    @PostMapping("/crimes/{force}/{year}/{number}/removals")
    @PreAuthorize(INVESTIGATORS)
    ResponseEntity<Removal> proposeRemoval(@PathVariable String force, @PathVariable String year,
            @PathVariable String number, @Valid @RequestBody RemovalRequest request) {
        Crime crime = require(force, year, number);
        Removal removal = removing.propose(crime.id(), request.version(), request.proposal(), Actor.current());
        return ResponseEntity.created(URI.create("/api/v1/removals/" + removal.id())).body(removal);
    }

    @Operation(summary = "Decide a cancellation or transfer (registrar; sexual offences and homicide: the FCR alone)")
    @PostMapping("/removals/{id}/decision")
    @PreAuthorize("hasRole('CRIME_REGISTRAR')")
    Removal decideRemoval(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return removing.decide(id, decision.approve(), decision.note(), Actor.current());
    }

    private Crime require(String force, String year, String number) {
        return crimes.requireVisible(force + "/" + year + "/" + number, Actor.current(), "Crime read through the API");
    }

    private CrimeView view(Crime crime) {
        return new CrimeView(crime, reclassifying.forCrime(crime.id()), removing.forCrime(crime.id()));
    }
}
