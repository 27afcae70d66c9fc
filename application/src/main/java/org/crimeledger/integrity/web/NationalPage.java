package org.crimeledger.integrity.web;

import org.crimeledger.integrity.NationalResults;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The latest national run's results (every force's integrity alerts and the data-quality findings by force), for the
 * roles that read the integrity dashboard. Forces and teams are aggregates; no record or officer is named.
 */
@Controller
class NationalPage {

    private final NationalResults results;

    NationalPage(NationalResults results) {
        this.results = results;
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR','PCC')")
    @GetMapping("/integrity/national")
    String page(Model model) {
        model.addAttribute("run", results.latest().orElse(null));
        model.addAttribute("folder", results.folder().toString());
        return "integrity/national";
    }
}
