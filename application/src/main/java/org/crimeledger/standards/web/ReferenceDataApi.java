package org.crimeledger.standards.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.crimeledger.standards.CancellationClassDefinition;
import org.crimeledger.standards.ClassSuccession;
import org.crimeledger.standards.OffenceLine;
import org.crimeledger.standards.OffenceLines;
import org.crimeledger.standards.ReferenceChange;
import org.crimeledger.standards.ReferenceVersion;
import org.crimeledger.standards.ReferenceVersions;
import org.crimeledger.standards.TrialFacts;
import org.crimeledger.standards.NamedCode;
import org.crimeledger.standards.OffenceClassification;
import org.crimeledger.standards.OutcomeTypeDefinition;
import org.crimeledger.standards.PoliceUkCategory;
import org.crimeledger.standards.PoliceUkOutcome;
import org.crimeledger.standards.ReferenceData;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The reference data as JSON: public Home Office facts, open to anyone without signing in. */
@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Reference data", description = "Home Office classifications, outcome types, cancellation classes and police.uk categories")
@PreAuthorize("permitAll()")
class ReferenceDataApi {

    private final ReferenceData referenceData;
    private final ReferenceVersions versions;
    private final OffenceLines offenceLines;

    private final Clock clock;

    ReferenceDataApi(ReferenceData referenceData, ReferenceVersions versions, OffenceLines offenceLines, Clock clock) {
        this.clock = clock;
        this.referenceData = referenceData;
        this.versions = versions;
        this.offenceLines = offenceLines;
    }

    @Operation(summary = "Offence groups (ONS / Home Office presentation)")
    @GetMapping("/offence-groups")
    List<NamedCode> offenceGroups() {
        return referenceData.offenceGroups();
    }

    @Operation(summary = "Home Office offence classifications with group, seriousness rank and police.uk category: "
            + "every class ever known, or with inForceOn (yyyy-mm-dd) those a crime reported that day may be given")
    @GetMapping("/offence-classifications")
    List<OffenceClassification> offenceClassifications(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceOn) {
        return inForceOn == null ? referenceData.offenceClassifications()
                : referenceData.offenceClassificationsInForce(inForceOn);
    }

    @Operation(summary = "Reference versions, newest first: the built-in table and each imported year's list")
    @GetMapping("/versions")
    List<ReferenceVersion> versions() {
        return versions.all();
    }

    @Operation(summary = "What a version changed against the list in force before it")
    @GetMapping("/versions/{id}/changes")
    List<ReferenceChange> versionChanges(@PathVariable int id) {
        versions.find(id).orElseThrow(() -> InvalidRequestException.unknown("id", id, "reference version"));
        return versions.changes(id);
    }

    @Operation(summary = "Classes split or redefined by a later list, with the comparable series of each")
    @GetMapping("/class-successions")
    List<ClassSuccession> classSuccessions() {
        return referenceData.classSuccessions();
    }

    @Operation(summary = "Modes of trial and longest maximum sentence of a class on a date (default today)")
    @GetMapping("/trial-facts")
    TrialFacts trialFacts(@RequestParam String classCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate date = on == null ? today() : on;
        return offenceLines.trialFacts(classCode, date)
                .orElseThrow(() -> InvalidRequestException.unknown("classCode", classCode, "offence classification"));
    }

    @Operation(summary = "Offence lines with a Home Office code (such as 008/67) in the list in force on a date (default today)")
    @GetMapping("/offence-lines")
    List<OffenceLine> offenceLines(@RequestParam String hoCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return offenceLines.withHomeOfficeCode(hoCode, on == null ? today() : on);
    }

    /** Today in the force's time zone, which decides the list in force. */
    private LocalDate today() {
        return referenceData.dateOf(clock.instant());
    }

    @Operation(summary = "One offence classification by its Home Office class, for example 8N")
    @GetMapping("/offence-classifications/{code}")
    OffenceClassification offenceClassification(@PathVariable String code) {
        return referenceData.offenceClassification(code)
                .orElseThrow(() -> InvalidRequestException.unknown("code", code, "offence classification"));
    }

    @Operation(summary = "Home Office outcome groups")
    @GetMapping("/outcome-groups")
    List<NamedCode> outcomeGroups() {
        return referenceData.outcomeGroups();
    }

    @Operation(summary = "Home Office outcome types with their named-suspect requirements")
    @GetMapping("/outcome-types")
    List<OutcomeTypeDefinition> outcomeTypes() {
        return referenceData.outcomeTypes();
    }

    @Operation(summary = "Cancellation classes C1 to C5 and the evidence each requires")
    @GetMapping("/cancellation-classes")
    List<CancellationClassDefinition> cancellationClasses() {
        return referenceData.cancellationClasses();
    }

    @Operation(summary = "data.police.uk crime categories")
    @GetMapping("/police-uk/crime-categories")
    List<PoliceUkCategory> policeUkCrimeCategories() {
        return referenceData.policeUkCrimeCategories();
    }

    @Operation(summary = "data.police.uk outcome categories")
    @GetMapping("/police-uk/outcome-categories")
    List<PoliceUkOutcome> policeUkOutcomeCategories() {
        return referenceData.policeUkOutcomeCategories();
    }
}
