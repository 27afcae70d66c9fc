package org.crimeledger.exchange.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crimeledger.exchange.DataQuality;
import org.crimeledger.exchange.QualityCheck;
import org.crimeledger.exchange.QualityFinding;
import org.crimeledger.exchange.QualityFindingsCsv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The data-quality page: what the checks found in the imported data.police.uk data, per check, force and month,
 * and the same as CSV. Analysts read it (it holds no personal data); administrators, who run imports, too.
 */
@Controller
class DataQualityPages {

    static final int SHOWN_PER_CHECK = 100;

    private final DataQuality quality;

    DataQualityPages(DataQuality quality) {
        this.quality = quality;
    }

    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @GetMapping("/data-quality")
    String page(Model model) {
        Map<QualityCheck, List<QualityFinding>> byCheck = new EnumMap<>(QualityCheck.class);
        for (QualityCheck check : QualityCheck.values()) {
            byCheck.put(check, List.of());
        }
        byCheck.putAll(quality.findings().stream().collect(Collectors.groupingBy(QualityFinding::check)));
        model.addAttribute("byCheck", byCheck);
        model.addAttribute("shown", SHOWN_PER_CHECK);
        return "data-quality/index";
    }

    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @GetMapping(value = "/data-quality.csv", produces = "text/csv")
    ResponseEntity<String> csv() throws IOException {
        StringWriter out = new StringWriter();
        QualityFindingsCsv.write(quality.findings(), out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"data-quality.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(out.toString());
    }
}
