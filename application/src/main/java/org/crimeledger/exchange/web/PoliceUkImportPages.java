package org.crimeledger.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.util.List;

import org.crimeledger.exchange.ImportRun;
import org.crimeledger.exchange.ImportRuns;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Importing data.police.uk files from the browser: choose files, then follow the import on a page that refreshes
 * itself until the import ends. Analysts and administrators (ADR 0008).
 */
@Controller
class PoliceUkImportPages {

    private final ImportRuns runs;
    private final Clock clock;

    PoliceUkImportPages(ImportRuns runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @GetMapping("/imports/police-uk")
    String form() {
        return "imports/police-uk";
    }

    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @PostMapping("/imports/police-uk")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Principal principal,
            Model model) throws IOException {
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(file -> !file.isEmpty() || file.getOriginalFilename() != null
                        && !file.getOriginalFilename().isBlank()).toList();
        if (chosen.isEmpty()) {
            model.addAttribute("errors", List.of(new FieldProblem("files",
                    "Choose one or more data.police.uk files (.csv or .csv.gz)")));
            return "imports/police-uk";
        }
        Path folder = ImportRuns.newUploadFolder();
        int n = 0;
        for (MultipartFile file : chosen) {
            String name = safeName(file.getOriginalFilename(), ++n);
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, folder.resolve(name));
            }
        }
        ImportRun run = runs.start(folder, principal.getName());
        return "redirect:/imports/police-uk/runs/" + run.id();
    }

    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @GetMapping("/imports/police-uk/runs/{id}")
    String run(@PathVariable String id, Model model) {
        ImportRun run = runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("run", run);
        model.addAttribute("now", clock.instant());
        return "imports/run";
    }

    /** An error for the GOV.UK error summary, linking to its field. */
    record FieldProblem(String field, String message) {
    }

    /** The uploaded name without any folder, kept to letters, digits, dot, dash and underscore; .csv if it had no name. */
    static String safeName(String original, int n) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isBlank() || name.startsWith(".")) {
            name = "upload-" + n + ".csv";
        }
        if (!name.toLowerCase().endsWith(".csv") && !name.toLowerCase().endsWith(".csv.gz")) {
            name = name + ".csv";
        }
        return n + "-" + name;
    }
}
