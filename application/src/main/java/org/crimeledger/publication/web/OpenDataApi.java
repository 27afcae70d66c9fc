package org.crimeledger.publication.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crimeledger.publication.RecordedCrimeTable;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recorded crime as a Home Office open-data table, in JSON and CSV, for those who publish and scrutinise the
 * force's figures. Financial years are given by the year they start (2023 is 2023/24).
 */
@RestController
class OpenDataApi {

    private static final int EARLIEST = 2002;

    private final RecordedCrimeTable table;

    OpenDataApi(RecordedCrimeTable table) {
        this.table = table;
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR','PCC')")
    @GetMapping(path = "/api/v1/publication/recorded-crime", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RecordedCrimeTable.Row> recordedCrime(@RequestParam int from, @RequestParam int to) {
        return table.rows(check("from", from), check("to", to));
    }

    @PreAuthorize("hasAnyRole('CRIME_REGISTRAR','ANALYST','AUDITOR','PCC')")
    @GetMapping(path = "/api/v1/publication/recorded-crime.csv", produces = "text/csv")
    ResponseEntity<String> recordedCrimeCsv(@RequestParam int from, @RequestParam int to) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("force", "financial_year",
                "offence_code", "offence", "offence_group", "comparable_series", "count").get())) {
            for (RecordedCrimeTable.Row row : table.rows(check("from", from), check("to", to))) {
                csv.printRecord(row.force(), row.financialYear(), row.offenceCode(), row.offenceName(), row.offenceGroup(),
                        row.comparableSeries(), row.count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv")).body(out.toString());
    }

    private static int check(String field, int year) {
        if (year < EARLIEST || year > Year.now().getValue()) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Invalid financial year", field, year,
                    "must be the starting year of a financial year from " + EARLIEST + " to this year");
        }
        return year;
    }
}
