package org.crimeledger.victims.web;

import java.time.LocalDate;
import java.util.List;

import org.crimeledger.security.Actor;
import org.crimeledger.victims.ComplianceMeasures;
import org.crimeledger.victims.Satisfaction;
import org.crimeledger.victims.SurveyResponse;
import org.crimeledger.victims.VictimQueue;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Victims' Code compliance measures (page and CSV) and victim satisfaction (page and survey form). */
@Controller
class MeasuresPages {

    static final String READERS = "hasAnyRole('VICTIM_SERVICE','CRIME_REGISTRAR','AUDITOR','ANALYST','PCC','SUPERVISOR')";

    private final ComplianceMeasures measures;
    private final Satisfaction satisfaction;
    private final VictimQueue queue;

    MeasuresPages(ComplianceMeasures measures, Satisfaction satisfaction, VictimQueue queue) {
        this.measures = measures;
        this.satisfaction = satisfaction;
        this.queue = queue;
    }

    @GetMapping("/victims/compliance")
    @PreAuthorize(READERS)
    String compliance(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Range range = Range.of(from, to, queue.today());
        model.addAttribute("measures", measures.byQuarter(range.from(), range.to()));
        model.addAttribute("from", range.from());
        model.addAttribute("to", range.to());
        return "victims/compliance";
    }

    @GetMapping(value = "/victims/compliance.csv", produces = "text/csv")
    @PreAuthorize(READERS)
    ResponseEntity<String> complianceCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Range range = Range.of(from, to, queue.today());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"victims-code-compliance-"
                        + range.from() + "-to-" + range.to() + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(ComplianceMeasures.csv(measures.byQuarter(range.from(), range.to())));
    }

    @GetMapping("/victims/satisfaction")
    @PreAuthorize(READERS)
    String satisfaction(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Range range = Range.of(from, to, queue.today());
        model.addAttribute("rates", satisfaction.byGroupAndQuarter(range.from(), range.to()));
        model.addAttribute("from", range.from());
        model.addAttribute("to", range.to());
        return "victims/satisfaction";
    }

    @PostMapping("/victims/satisfaction")
    @PreAuthorize("hasRole('VICTIM_SERVICE')")
    String recordSurvey(@RequestParam(defaultValue = "") String crimeReference,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate surveyedOn,
            @RequestParam(required = false) Integer overall, @RequestParam(required = false) Integer easeOfContact,
            @RequestParam(required = false) Integer actionsTaken, @RequestParam(required = false) Integer keptInformed,
            @RequestParam(required = false) Integer treatment, Authentication authentication, RedirectAttributes redirect) {
        try {
            satisfaction.record(new SurveyResponse(crimeReference, surveyedOn, overall, easeOfContact, actionsTaken,
                    keptInformed, treatment), Actor.of(authentication));
            redirect.addFlashAttribute("message", "Survey response recorded for " + crimeReference);
        } catch (InvalidRequestException refusal) {
            redirect.addFlashAttribute("errors", List.of(new PageError(refusal.field(), refusal.getMessage())));
        }
        return "redirect:/victims/satisfaction";
    }

    /** A period of whole quarters: by default the last four quarters up to today. */
    record Range(LocalDate from, LocalDate to) {

        static Range of(LocalDate from, LocalDate to, LocalDate today) {
            LocalDate end = to == null ? today : to;
            LocalDate start = from == null ? end.withDayOfMonth(1).withMonth(((end.getMonthValue() - 1) / 3) * 3 + 1)
                    .minusMonths(9) : from;
            if (start.isAfter(end)) {
                throw new InvalidRequestException(org.springframework.http.HttpStatus.BAD_REQUEST, "Bad period", "from",
                        start, "The start of the period must not be after its end");
            }
            return new Range(start, end);
        }
    }
}
