package org.crimeledger.accountability.web;

import java.util.List;

import org.crimeledger.accountability.ImprovementActions;
import org.crimeledger.accountability.Progress;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Progress on recommendations and areas for improvement, as counts only. */
@RestController
class ImprovementApi {

    private final ImprovementActions actions;

    ImprovementApi(ImprovementActions actions) {
        this.actions = actions;
    }

    @GetMapping("/api/v1/improvement-actions/progress")
    @PreAuthorize("hasAnyRole('PCC','AUDITOR','CRIME_REGISTRAR','ANALYST')")
    List<Progress> progress() {
        return actions.progress();
    }
}
