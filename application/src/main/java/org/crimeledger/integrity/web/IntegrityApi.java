package org.crimeledger.integrity.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.apache.commons.csv.CSVPrinter;
import org.crimeledger.ForceProperties;
import org.crimeledger.integrity.IntegrityChecks;
import org.crimeledger.integrity.IntegrityFindingsCsv;
import org.crimeledger.integrity.IntegrityReport;
import org.crimeledger.integrity.StoredReport;
import org.crimeledger.integrity.StoredReports;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The integrity report as JSON and its tests as CSV, for the same roles as the dashboard: every indicator, test and
 * alert, by team, station or officer (pseudonymised but for the Crime Registrar), read from the stored report and
 * saying when it was computed ({@code computedAt}).
 */
@RestController
class IntegrityApi {

    private final StoredReports reports;
    private final IntegrityChecks checks;
    private final ForceProperties force;

    IntegrityApi(StoredReports reports, IntegrityChecks checks, ForceProperties force) {
        this.reports = reports;
        this.checks = checks;
        this.force = force;
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR','PCC')")
    @GetMapping("/api/v1/integrity")
    Stored report(@RequestParam(required = false) String month, @RequestParam(required = false) String level,
            @RequestParam(required = false) String unit, Authentication user) {
        StoredReport stored = IntegrityRequest.report(reports, checks, month, level, unit, user);
        return new Stored(stored.computedAt(), stored.report());
    }

    /** The report's fields, and when it was computed. */
    record Stored(Instant computedAt, @JsonUnwrapped IntegrityReport report) {
    }

    /** Every test as CSV, in the shape {@code crimeledger integrity --output} writes. */
    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR','PCC')")
    @GetMapping(value = "/integrity/findings.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String month, @RequestParam(required = false) String level,
            @RequestParam(required = false) String unit, Authentication user) throws IOException {
        IntegrityReport report = IntegrityRequest.report(reports, checks, month, level, unit, user).report();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = IntegrityFindingsCsv.findingsPrinter(out)) {
            IntegrityFindingsCsv.printFindings(force.code(), report, csv);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"integrity-" + report.asOf() + "-"
                        + report.level().name().toLowerCase(java.util.Locale.ROOT) + ".csv\"")
                .body(out.toString());
    }
}
