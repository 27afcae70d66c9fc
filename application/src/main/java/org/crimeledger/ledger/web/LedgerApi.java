package org.crimeledger.ledger.web;

import org.crimeledger.ledger.LedgerVerifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The ledger's verification as JSON, for monitoring that alerts the moment the history stops adding up. */
@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Ledger", description = "The hash-chained history of every change to a record")
class LedgerApi {

    private final LedgerVerifier verifier;

    LedgerApi(LedgerVerifier verifier) {
        this.verifier = verifier;
    }

    @Operation(summary = "Recompute the hash chain and compare every covered record with its latest entry")
    @PreAuthorize("hasAnyRole('ADMIN','CRIME_REGISTRAR','AUDITOR')")
    @GetMapping("/verification")
    VerificationReport verification() {
        return VerificationReport.of(verifier.verify());
    }
}
