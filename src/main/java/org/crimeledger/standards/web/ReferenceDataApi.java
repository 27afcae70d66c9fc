package org.crimeledger.standards.web;

import java.util.List;

import org.crimeledger.standards.CancellationClassDefinition;
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
import org.springframework.web.bind.annotation.RequestMapping;
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

    ReferenceDataApi(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Operation(summary = "Offence groups (ONS / Home Office presentation)")
    @GetMapping("/offence-groups")
    List<NamedCode> offenceGroups() {
        return referenceData.offenceGroups();
    }

    @Operation(summary = "Home Office offence classifications with group, seriousness rank and police.uk category")
    @GetMapping("/offence-classifications")
    List<OffenceClassification> offenceClassifications() {
        return referenceData.offenceClassifications();
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
