package org.crimeledger.integrity.web;

import org.crimeledger.integrity.IntegrityChecks;
import org.crimeledger.integrity.IntegrityReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The integrity report as JSON, for the same roles as the dashboard: every indicator, test and alert. */
@RestController
class IntegrityApi {

    private final IntegrityChecks checks;

    IntegrityApi(IntegrityChecks checks) {
        this.checks = checks;
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR','PCC')")
    @GetMapping("/api/v1/integrity")
    IntegrityReport report(@RequestParam(required = false) String month) {
        return checks.run(IntegrityDashboard.month(month, checks));
    }
}
