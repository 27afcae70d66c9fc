package org.crimeledger.victims.web;

import java.time.LocalDate;
import java.util.List;

import org.crimeledger.security.Actor;
import org.crimeledger.victims.ComplianceMeasure;
import org.crimeledger.victims.ComplianceMeasures;
import org.crimeledger.victims.Contact;
import org.crimeledger.victims.ContactPreference;
import org.crimeledger.victims.Contacts;
import org.crimeledger.victims.Entitlements;
import org.crimeledger.victims.Satisfaction;
import org.crimeledger.victims.SatisfactionRate;
import org.crimeledger.victims.SurveyResponse;
import org.crimeledger.victims.VictimQueue;
import org.crimeledger.victims.VictimTask;
import org.crimeledger.victims.VictimsCode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Victims' Code entitlements, contacts, compliance measures and satisfaction over JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Victims", description = "Victims' Code entitlements, contacts, compliance measures and satisfaction")
class VictimApi {

    private final VictimQueue queue;
    private final Entitlements entitlements;
    private final Contacts contacts;
    private final ComplianceMeasures measures;
    private final Satisfaction satisfaction;
    private final VictimsCode code;
    private final org.crimeledger.recording.Crimes crimeFacts;
    private final org.crimeledger.victims.NeedsAssessments needsAssessments;

    VictimApi(VictimQueue queue, Entitlements entitlements, Contacts contacts, ComplianceMeasures measures,
            Satisfaction satisfaction, VictimsCode code, org.crimeledger.recording.Crimes crimeFacts,
            org.crimeledger.victims.NeedsAssessments needsAssessments) {
        this.needsAssessments = needsAssessments;
        this.crimeFacts = crimeFacts;
        this.queue = queue;
        this.entitlements = entitlements;
        this.contacts = contacts;
        this.measures = measures;
        this.satisfaction = satisfaction;
        this.code = code;
    }

    record ContactRequest(String channel, String summary, Long taskId) {
    }

    record PreferenceRequest(String channel, String frequency, boolean safeToLeaveMessages, String notes) {
    }

    record CloseRequest(boolean declined, String note) {
    }

    record VictimCase(long victimId, List<VictimTask> tasks, List<Contact> contacts, ContactPreference preference) {
    }

    /** A measure with its rate and interval spelt out. */
    record MeasureView(ComplianceMeasure measure, Double rate, Double lower95, Double upper95) {

        static MeasureView of(ComplianceMeasure m) {
            boolean any = m.proportion().hasRate();
            return new MeasureView(m, any ? m.proportion().rate() : null, any ? m.interval().lower() : null,
                    any ? m.interval().upper() : null);
        }
    }

    record RateView(String offenceGroup, String quarter, long satisfied, long surveyed, Double rate, Double lower95,
            Double upper95, Double change, Double changeLower95, Double changeUpper95) {

        static RateView of(SatisfactionRate r) {
            var p = r.satisfied();
            var c = r.change();
            return new RateView(r.offenceGroup(), r.quarter(), p.met(), p.cases(), p.rate(), r.interval().lower(),
                    r.interval().upper(), c == null ? null : c.difference(), c == null ? null : c.interval().lower(),
                    c == null ? null : c.interval().upper());
        }
    }

    @Operation(summary = "Open Victims' Code tasks, most overdue first, with the counts of open, overdue and due today")
    @GetMapping("/victims/queue")
    @PreAuthorize(VictimServicePages.SERVICE)
    VictimQueue.Page queue(@RequestParam(required = false) String entitlement,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int size) {
        return queue.page(Actor.current(), entitlement == null ? null : VictimServicePages.parse(entitlement), null,
                offset, size);
    }

    @Operation(summary = "A victim's entitlements, contact log and contact preferences (404 as for an unknown victim when the case is restricted and the reader has no need-to-know)")
    @GetMapping("/victims/{victimId}")
    @PreAuthorize("hasAnyRole('VICTIM_SERVICE','OFFICER','SUPERVISOR','CRIME_REGISTRAR','AUDITOR')")
    VictimCase victim(@PathVariable long victimId) {
        contacts.requireMaySeeToRead(victimId, Actor.current(), "Victim's case read through the API");
        return new VictimCase(victimId, entitlements.forVictim(victimId), contacts.contacts(victimId),
                contacts.preference(victimId).orElse(null));
    }

    @Operation(summary = "Log a contact with a victim: channel, what was said; by whom and when are recorded")
    @PostMapping("/victims/{victimId}/contacts")
    @PreAuthorize(VictimServicePages.WORKERS)
    ResponseEntity<Contact> logContact(@PathVariable long victimId, @RequestBody ContactRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(contacts.log(victimId,
                VictimServicePages.channel(request.channel()), request.summary(), request.taskId(), Actor.current()));
    }

    @Operation(summary = "Set how and how often a victim wants to hear about their case")
    @PutMapping("/victims/{victimId}/preference")
    @PreAuthorize(VictimServicePages.WORKERS)
    ContactPreference setPreference(@PathVariable long victimId, @RequestBody PreferenceRequest request) {
        return contacts.setPreference(victimId, VictimServicePages.channel(request.channel()), request.frequency(),
                request.safeToLeaveMessages(), request.notes(), Actor.current());
    }

    @Operation(summary = "Record a task as done, or as declined by the victim where the Code allows")
    @PostMapping("/victim-tasks/{taskId}/close")
    @PreAuthorize(VictimServicePages.WORKERS)
    VictimTask close(@PathVariable long taskId, @RequestBody CloseRequest request) {
        return entitlements.close(taskId, request.declined(), request.note(), Actor.current());
    }

    record NeedsAssessmentRequest(java.util.Set<org.crimeledger.victims.VictimFlag> flags, String note) {
    }

    @Operation(summary = "Record a victim's needs assessment (vulnerable, intimidated, persistently targeted): closes the "
            + "assessment task and, where enhanced rights now apply, brings the open tasks forward to the enhanced limits")
    @PostMapping("/victims/{victimId}/needs-assessment")
    @PreAuthorize(VictimServicePages.WORKERS)
    ResponseEntity<org.crimeledger.victims.NeedsAssessment> assess(@PathVariable long victimId,
            @RequestBody NeedsAssessmentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(needsAssessments.record(victimId, request.flags(), request.note(), Actor.current()));
    }

    record KeyDecisionRequest(String crimeReference, String entitlement, String decision) {
    }

    @Operation(summary = "Record a key decision the victim must be told of (arrest, bail, not investigating): opens the update task")
    @PostMapping("/victims/key-decisions")
    @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','CRIME_REGISTRAR')")
    ResponseEntity<List<VictimTask>> keyDecision(@RequestBody KeyDecisionRequest request) {
        long crimeId = crimeFacts.findByReference(String.valueOf(request.crimeReference()))
                .map(org.crimeledger.recording.Crime::id).orElseThrow(
                () -> org.crimeledger.web.InvalidRequestException.unknown("crimeReference", request.crimeReference(), "crime"));
        return ResponseEntity.status(HttpStatus.CREATED).body(entitlements.recordKeyDecision(crimeId,
                request.entitlement() == null ? null : VictimServicePages.parse(request.entitlement()),
                request.decision(), Actor.current()));
    }

    @Operation(summary = "The Victims' Code entitlements with their working-day limits, and the enhanced-rights criteria")
    @GetMapping("/victims/code")
    @PreAuthorize("isAuthenticated()")
    Object victimsCode() {
        return java.util.Map.of("entitlements", code.entitlements(), "enhancedRightsCriteria", code.criteria());
    }

    @Operation(summary = "Ministry of Justice compliance measures by quarter with 95% Wilson intervals")
    @GetMapping("/victims/compliance")
    @PreAuthorize(MeasuresPages.READERS)
    List<MeasureView> compliance(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        MeasuresPages.Range range = MeasuresPages.Range.of(from, to, queue.today());
        return measures.byQuarter(range.from(), range.to()).stream().map(MeasureView::of).toList();
    }

    @Operation(summary = "The compliance measures as CSV")
    @GetMapping(value = "/victims/compliance.csv", produces = "text/csv")
    @PreAuthorize(MeasuresPages.READERS)
    ResponseEntity<String> complianceCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        MeasuresPages.Range range = MeasuresPages.Range.of(from, to, queue.today());
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(ComplianceMeasures.csv(measures.byQuarter(range.from(), range.to())));
    }

    @Operation(summary = "Record a victim satisfaction survey response")
    @PostMapping("/victims/satisfaction-responses")
    @PreAuthorize("hasRole('VICTIM_SERVICE')")
    ResponseEntity<java.util.Map<String, Long>> recordSurvey(@RequestBody SurveyResponse response) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(java.util.Map.of("id", satisfaction.record(response, Actor.current())));
    }

    @Operation(summary = "Satisfied with the whole experience, by offence group and quarter, with intervals and change")
    @GetMapping("/victims/satisfaction")
    @PreAuthorize(MeasuresPages.READERS)
    List<RateView> satisfaction(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        MeasuresPages.Range range = MeasuresPages.Range.of(from, to, queue.today());
        return satisfaction.byGroupAndQuarter(range.from(), range.to()).stream().map(RateView::of).toList();
    }

    @Operation(summary = "Open the on-recording entitlements of crimes loaded in bulk without them (at most limit crimes)")
    @PostMapping("/victims/entitlements/open-missing")
    @PreAuthorize("hasRole('ADMIN')")
    java.util.Map<String, Integer> openMissing(@RequestParam(defaultValue = "10000") int limit) {
        return java.util.Map.of("crimes", entitlements.openForCrimesWithoutTasks(Math.max(1, Math.min(limit, 1_000_000))));
    }
}
