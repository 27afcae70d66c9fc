package org.crimeledger.standards.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.crimeledger.standards.NamedCode;
import org.crimeledger.standards.ReferenceData;
import org.crimeledger.standards.ReferenceVersion;
import org.crimeledger.standards.ReferenceVersions;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;

/** The reference data as pages anyone can read, each unverified fact marked as such. */
@Controller
@RequestMapping("/reference-data")
@PreAuthorize("permitAll()")
class ReferenceDataPages {

    private final ReferenceData referenceData;
    private final ReferenceVersions versions;

    ReferenceDataPages(ReferenceData referenceData, ReferenceVersions versions) {
        this.referenceData = referenceData;
        this.versions = versions;
    }

    @GetMapping("/versions")
    String versions(Model model) {
        model.addAttribute("versions", versions.all());
        model.addAttribute("successions", referenceData.classSuccessions());
        return "reference-data/versions";
    }

    @GetMapping("/versions/{id}")
    String version(@PathVariable int id, Model model) {
        ReferenceVersion version = versions.find(id)
                .orElseThrow(() -> InvalidRequestException.unknown("id", id, "reference version"));
        model.addAttribute("version", version);
        model.addAttribute("changes", versions.changes(id));
        return "reference-data/version";
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("offenceClassificationCount", referenceData.offenceClassifications().size());
        model.addAttribute("outcomeTypeCount", referenceData.outcomeTypes().size());
        model.addAttribute("cancellationClassCount", referenceData.cancellationClasses().size());
        model.addAttribute("policeUkCategoryCount", referenceData.policeUkCrimeCategories().size());
        model.addAttribute("versionCount", versions.all().size());
        return "reference-data/index";
    }

    @GetMapping("/offence-classifications")
    String offenceClassifications(@RequestParam(name = "on", required = false) String onText, Model model,
            HttpServletResponse response) {
        LocalDate on = null;
        if (onText != null && !onText.isBlank()) {
            try {
                on = LocalDate.parse(onText.strip());
            } catch (DateTimeParseException unreadable) {
                model.addAttribute("errors", List.of(new FieldError("on", "Enter the date as year-month-day, for example 2023-03-31")));
                model.addAttribute("onText", onText);
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        model.addAttribute("groupNames", names(referenceData.offenceGroups()));
        model.addAttribute("on", on);
        model.addAttribute("classifications", on == null ? referenceData.offenceClassifications()
                : referenceData.offenceClassificationsInForce(on));
        return "reference-data/offence-classifications";
    }

    @GetMapping("/outcome-types")
    String outcomeTypes(Model model) {
        model.addAttribute("groupNames", names(referenceData.outcomeGroups()));
        model.addAttribute("outcomeTypes", referenceData.outcomeTypes());
        return "reference-data/outcome-types";
    }

    @GetMapping("/cancellation-classes")
    String cancellationClasses(Model model) {
        model.addAttribute("cancellationClasses", referenceData.cancellationClasses());
        return "reference-data/cancellation-classes";
    }

    @GetMapping("/police-uk")
    String policeUk(Model model) {
        model.addAttribute("crimeCategories", referenceData.policeUkCrimeCategories());
        model.addAttribute("outcomeCategories", referenceData.policeUkOutcomeCategories());
        return "reference-data/police-uk";
    }

    /** An error for the GOV.UK error summary, linking to its field. */
    record FieldError(String field, String message) {
    }

    private static Map<String, String> names(List<NamedCode> codes) {
        return codes.stream().collect(Collectors.toMap(NamedCode::code, NamedCode::name));
    }
}
