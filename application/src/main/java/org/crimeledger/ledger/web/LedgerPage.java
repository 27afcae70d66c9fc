package org.crimeledger.ledger.web;

import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgerVerifier;
import org.crimeledger.ledger.PersonalDataAccessLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The ledger for those who answer for the records' integrity: a fresh verification of the whole chain,
 * the latest entries, and the latest reads of victims' personal details.
 */
@Controller
class LedgerPage {

    static final int SHOWN = 50;

    private final LedgerVerifier verifier;
    private final Ledger ledger;
    private final PersonalDataAccessLog accessLog;

    LedgerPage(LedgerVerifier verifier, Ledger ledger, PersonalDataAccessLog accessLog) {
        this.verifier = verifier;
        this.ledger = ledger;
        this.accessLog = accessLog;
    }

    @PreAuthorize("hasAnyRole('ADMIN','CRIME_REGISTRAR','AUDITOR')")
    @GetMapping("/ledger")
    String ledger(Model model) {
        model.addAttribute("verification", verifier.verify());
        model.addAttribute("entries", ledger.latest(SHOWN));
        model.addAttribute("reads", accessLog.recent(SHOWN));
        return "ledger/index";
    }
}
