package org.crimeledger.ledger.web;

import java.util.List;
import java.util.Set;

import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgerEntry;
import org.crimeledger.ledger.LedgerVerifier;
import org.crimeledger.ledger.PersonalDataAccess;
import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The ledger for those who answer for the records' integrity: a fresh verification of the whole chain,
 * the latest entries, and the latest reads of victims' personal details. To someone without need-to-know (an
 * administrator) it withholds the reason of an entry, and the reference of a read, about a restricted record; the
 * sequence, time, actor, action and hash stay, so the chain can still be followed.
 */
@Controller
class LedgerPage {

    static final int SHOWN = 50;
    /** Shown instead of what an entry or read says about a restricted record, to those without need-to-know. */
    static final String WITHHELD = "Withheld: a restricted record (need-to-know)";
    /** The purpose logged for restricted incidents whose entries the page shows. */
    static final String PURPOSE = "Ledger page";

    private final LedgerVerifier verifier;
    private final Ledger ledger;
    private final PersonalDataAccessLog accessLog;
    private final NeedToKnow needToKnow;
    private final RestrictedEntries restricted;

    LedgerPage(LedgerVerifier verifier, Ledger ledger, PersonalDataAccessLog accessLog, NeedToKnow needToKnow,
            RestrictedEntries restricted) {
        this.verifier = verifier;
        this.ledger = ledger;
        this.accessLog = accessLog;
        this.needToKnow = needToKnow;
        this.restricted = restricted;
    }

    @PreAuthorize("hasAnyRole('ADMIN','CRIME_REGISTRAR','AUDITOR')")
    @GetMapping("/ledger")
    String ledger(Model model) {
        model.addAttribute("verification", verifier.verify());
        List<LedgerEntry> entries = ledger.latest(SHOWN);
        List<PersonalDataAccess> reads = accessLog.recent(SHOWN);
        Actor actor = Actor.current();
        if (needToKnow.maySeeRestricted(actor)) {
            // Each restricted incident whose entries are shown is a read of it (ADR 0030). The reads listed are not:
            // they name a record and who read it, not what it says, and logging them would fill the list with itself.
            accessLog.recordReads(actor.username(), actor.role().name(), "incident", restricted.incidents(entries),
                    PURPOSE);
        } else {
            Set<Long> withheld = restricted.entries(entries);
            entries = entries.stream().map(e -> withheld.contains(e.sequence()) ? new LedgerEntry(e.sequence(),
                    e.recordedAt(), e.actor(), e.role(), e.action(), e.recordType(), e.recordId(), WITHHELD, null, null,
                    e.previousHash(), e.hash()) : e).toList();
            Set<Long> withheldReads = restricted.reads(reads);
            reads = reads.stream().map(r -> withheldReads.contains(r.id()) ? new PersonalDataAccess(r.id(),
                    r.accessedAt(), r.actor(), r.role(), r.recordType(), WITHHELD, r.purpose()) : r).toList();
        }
        model.addAttribute("entries", entries);
        model.addAttribute("reads", reads);
        return "ledger/index";
    }
}
