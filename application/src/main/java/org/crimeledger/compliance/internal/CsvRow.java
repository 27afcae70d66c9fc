package org.crimeledger.compliance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.crimeledger.compliance.ExtractFormat;
import org.crimeledger.compliance.InterchangeCodes;
import org.crimeledger.compliance.InterchangeFile;
import org.crimeledger.rules.OffenceClass;
import org.crimeledger.rules.OffenceClasses;

/**
 * One row of an interchange file, read column by column; every fault is collected (never thrown), so one row can
 * report several columns at once and the caller leaves the row out.
 */
public final class CsvRow {

    /** A fault in one column. */
    public record Fault(ExtractFormat format, String column, String message) {
    }

    private final InterchangeFile file;
    private final CSVRecord record;
    private final Map<String, Integer> header;
    private final long line;
    private final List<Fault> faults = new ArrayList<>(0);

    CsvRow(InterchangeFile file, CSVRecord record, Map<String, Integer> header, long line) {
        this.file = file;
        this.record = record;
        this.header = header;
        this.line = line;
    }

    public long line() {
        return line;
    }

    public List<Fault> faults() {
        return faults;
    }

    public boolean valid() {
        return faults.isEmpty();
    }

    /** The value, stripped; null when the column is absent, the row is short or the value is empty. */
    public String text(String column) {
        Integer index = header.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    public String required(String column) {
        String value = text(column);
        if (value == null) {
            faults.add(new Fault(ExtractFormat.MISSING_VALUE, column, "No value for " + column + "."));
        }
        return value;
    }

    private String value(String column, boolean required) {
        return required ? required(column) : text(column);
    }

    public Instant timestamp(String column, boolean required) {
        String value = value(column, required);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            bad(column, value, "an ISO 8601 timestamp with offset, such as 2026-03-02T10:00:00Z");
            return null;
        }
    }

    public LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            bad(column, value, "a date such as 1980-05-01");
            return null;
        }
    }

    public boolean bool(String column, boolean required) {
        String value = value(column, required);
        if (value == null) {
            return false;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.toLowerCase());
        }
        bad(column, value, "true or false");
        return false;
    }

    public Integer integer(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        bad(column, value, "a whole number, 0 or more");
        return null;
    }

    public String code(String column, boolean required) {
        String value = value(column, required);
        Set<String> codes = InterchangeCodes.of(file, column);
        if (value != null && codes != null && !codes.contains(value)) {
            bad(column, value, "one of " + codes.stream().sorted().toList());
            return null;
        }
        return value;
    }

    public OffenceClass offenceClass(String column, boolean required) {
        String value = value(column, required);
        if (value == null) {
            return null;
        }
        return OffenceClasses.find(value).orElseGet(() -> {
            bad(column, value, "a Home Office offence class of the 2026/27 list, such as 8N or 105A");
            return null;
        });
    }

    public List<String> list(String column) {
        String value = text(column);
        if (value == null) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
        Set<String> codes = InterchangeCodes.of(file, column);
        if (codes != null) {
            items.stream().filter(item -> !codes.contains(item)).findFirst()
                    .ifPresent(item -> bad(column, item, "each one of " + codes.stream().sorted().toList()));
        }
        return items;
    }

    private void bad(String column, String value, String expected) {
        faults.add(new Fault(ExtractFormat.BAD_VALUE, column, column + " '" + shorten(value) + "' is not " + expected + "."));
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
