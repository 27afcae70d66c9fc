package org.crimeledger.publication.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crimeledger.publication.PoliceUkPublication;
import org.crimeledger.publication.PublishedCrime;
import org.crimeledger.publication.PublishedOutcome;
import org.crimeledger.publication.SnapPoint;
import org.crimeledger.publication.internal.SnapPoints;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The force's published records in the shapes of the police.uk API and the data.police.uk files (docs/publication.md):
 * open to anyone, like police.uk, because everything in it is anonymised (locations at anonymisation points, Crime
 * IDs that cannot be reversed, categories only) and only months that have ended are served. Limited to 15 requests a
 * second per client, bursts of 30 ({@link RequestRateLimit}); a street-level search covers one mile around the point
 * and answers 503 when more than 10,000 crimes fall in it, as police.uk does.
 */
@RestController
class PoliceUkApi {

    static final String BASE = "/api/v1/publication/police-uk";
    static final double ONE_MILE_METRES = 1609.344;
    static final int MOST_CRIMES = 10_000;

    static final List<String> STREET_HEADER = List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
            "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context");
    static final List<String> OUTCOMES_HEADER = List.of("Crime ID", "Month", "Reported by", "Falls within",
            "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Outcome type");

    private final PoliceUkPublication publication;

    PoliceUkApi(PoliceUkPublication publication) {
        this.publication = publication;
    }

    @PreAuthorize("permitAll()")
    @GetMapping(path = BASE + "/crime-categories", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, String>> crimeCategories(@RequestParam(required = false) String date) {
        if (date != null) {
            month(date);
        }
        List<Map<String, String>> categories = new ArrayList<>();
        categories.add(Map.of("url", "all-crime", "name", "All crime"));
        publication.categories().forEach(category -> categories.add(Map.of("url", category.slug(), "name",
                category.label())));
        return categories;
    }

    @PreAuthorize("permitAll()")
    @GetMapping(path = BASE + "/crimes-street-dates", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> dates() {
        return publication.months().stream().map(month -> Map.<String, Object>of("date", month.toString(),
                "stop-and-search", List.of())).toList();
    }

    @PreAuthorize("permitAll()")
    @GetMapping(path = BASE + "/crimes-street/{category}", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> streetCrimes(@PathVariable String category, @RequestParam double lat,
            @RequestParam double lng, @RequestParam String date) {
        YearMonth month = month(date);
        category(category);
        if (lat < -90 || lat > 90) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Invalid latitude", "lat", lat, "must be -90 to 90");
        }
        if (lng < -180 || lng > 180) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Invalid longitude", "lng", lng,
                    "must be -180 to 180");
        }
        List<Map<String, Object>> crimes = publication.streetLevel(month).stream()
                .filter(row -> row.point() != null && matches(row, category)
                        && SnapPoints.distanceMetres(lat, lng, row.point().latitude(), row.point().longitude())
                                <= ONE_MILE_METRES)
                .map(PoliceUkApi::json).toList();
        if (crimes.size() > MOST_CRIMES) {
            throw new InvalidRequestException(HttpStatus.SERVICE_UNAVAILABLE, "Too many crimes", "lat", lat,
                    "more than " + MOST_CRIMES + " crimes within a mile of the point; ask for one category");
        }
        return crimes;
    }

    @PreAuthorize("permitAll()")
    @GetMapping(path = BASE + "/crimes-no-location", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> noLocation(@RequestParam(defaultValue = "all-crime") String category,
            @RequestParam String date) {
        YearMonth month = month(date);
        category(category);
        return publication.streetLevel(month).stream().filter(row -> row.point() == null && matches(row, category))
                .map(PoliceUkApi::json).toList();
    }

    @PreAuthorize("permitAll()")
    @GetMapping(path = BASE + "/outcomes-for-crime/{crimeId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> outcomesForCrime(@PathVariable String crimeId) {
        if (!crimeId.matches("[0-9a-f]{64}")) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Invalid Crime ID", "crimeId", crimeId,
                    "must be 64 lower-case hexadecimal digits");
        }
        PoliceUkPublication.CrimeOutcomes found = publication.outcomesFor(crimeId)
                .orElseThrow(() -> new InvalidRequestException(HttpStatus.NOT_FOUND, "No such crime", "crimeId", crimeId,
                        "no published crime has this Crime ID"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("crime", json(found.crime()));
        body.put("outcomes", found.outcomes().stream().map(outcome -> {
            Map<String, Object> category = new LinkedHashMap<>();
            category.put("code", outcome.code());
            category.put("name", outcome.name());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("category", category);
            row.put("date", outcome.month().toString());
            row.put("person_id", null);
            return row;
        }).toList());
        return body;
    }

    @PreAuthorize("permitAll()")
    @GetMapping(path = BASE + "/files/{date}-street.csv", produces = "text/csv")
    ResponseEntity<String> streetFile(@PathVariable String date) {
        YearMonth month = month(date);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(STREET_HEADER.toArray(String[]::new))
                .get())) {
            for (PublishedCrime row : publication.streetLevel(month)) {
                csv.printRecord(row.crimeId(), row.month(), publication.forceName(), publication.forceName(),
                        longitude(row.point()), latitude(row.point()), row.location(), lsoaCode(row.point()),
                        lsoaName(row.point()), row.categoryLabel(), row.lastOutcome(), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv(out, month + "-street.csv");
    }

    @PreAuthorize("permitAll()")
    @GetMapping(path = BASE + "/files/{date}-outcomes.csv", produces = "text/csv")
    ResponseEntity<String> outcomesFile(@PathVariable String date) {
        YearMonth month = month(date);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(OUTCOMES_HEADER.toArray(String[]::new)).get())) {
            for (PublishedOutcome row : publication.outcomes(month)) {
                csv.printRecord(row.crimeId(), row.month(), publication.forceName(), publication.forceName(),
                        longitude(row.point()), latitude(row.point()), row.location(), lsoaCode(row.point()),
                        lsoaName(row.point()), row.outcome());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv(out, month + "-outcomes.csv");
    }

    private static ResponseEntity<String> csv(StringWriter out, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(out.toString());
    }

    private static boolean matches(PublishedCrime row, String category) {
        return "all-crime".equals(category) || row.category().equals(category);
    }

    private void category(String category) {
        if (!"all-crime".equals(category)
                && publication.categories().stream().noneMatch(known -> known.slug().equals(category))) {
            throw new InvalidRequestException(HttpStatus.NOT_FOUND, "No such category", "category", category,
                    "must be all-crime or a slug of " + BASE + "/crime-categories");
        }
    }

    private YearMonth month(String date) {
        YearMonth month;
        try {
            month = YearMonth.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Invalid month", "date", date,
                    "must be a month such as 2026-10");
        }
        if (!publication.published(month)) {
            throw new InvalidRequestException(HttpStatus.NOT_FOUND, "Month not published", "date", date,
                    "only months that have ended are published");
        }
        return month;
    }

    static Map<String, Object> json(PublishedCrime row) {
        Map<String, Object> crime = new LinkedHashMap<>();
        crime.put("category", row.category());
        crime.put("location_type", "Force");
        if (row.point() == null) {
            crime.put("location", null);
        } else {
            Map<String, Object> street = new LinkedHashMap<>();
            street.put("id", row.point().id());
            street.put("name", row.location());
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("latitude", latitude(row.point()));
            location.put("street", street);
            location.put("longitude", longitude(row.point()));
            crime.put("location", location);
        }
        crime.put("context", "");
        if (row.lastOutcome() == null) {
            crime.put("outcome_status", null);
        } else {
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("category", row.lastOutcome());
            outcome.put("date", row.lastOutcomeMonth() == null ? null : row.lastOutcomeMonth().toString());
            crime.put("outcome_status", outcome);
        }
        crime.put("persistent_id", row.crimeId() == null ? "" : row.crimeId());
        crime.put("location_subtype", "");
        crime.put("month", row.month().toString());
        return crime;
    }

    private static String latitude(SnapPoint point) {
        return point == null ? null : String.format(java.util.Locale.ROOT, "%.6f", point.latitude());
    }

    private static String longitude(SnapPoint point) {
        return point == null ? null : String.format(java.util.Locale.ROOT, "%.6f", point.longitude());
    }

    private static String lsoaCode(SnapPoint point) {
        return point == null ? null : point.lsoaCode();
    }

    private static String lsoaName(SnapPoint point) {
        return point == null ? null : point.lsoaName();
    }
}
