package org.crimeledger.compliance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** A file's header: where each column is, and the codes each coded column accepts, looked up once per file. */
    static final class Columns {
        private final Map<String, Integer> header;
        private final Map<String, Set<String>> codes = new HashMap<>();

        Columns(InterchangeFile file, Map<String, Integer> header) {
            this.header = header;
            for (InterchangeFile.Column column : file.columns()) {
                Set<String> accepted = InterchangeCodes.of(file, column.name());
                if (accepted != null) {
                    codes.put(column.name(), accepted);
                }
            }
        }
    }

    private final Columns columns;
    private final String[] values;
    private final long line;
    private List<Fault> faults = List.of();

    CsvRow(Columns columns, String[] values, long line) {
        this.columns = columns;
        this.values = values;
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
        Integer index = columns.header.get(column);
        if (index == null || index >= values.length) {
            return null;
        }
        String value = values[index].strip();
        return value.isEmpty() ? null : value;
    }

    public String required(String column) {
        String value = text(column);
        if (value == null) {
            fault(new Fault(ExtractFormat.MISSING_VALUE, column, "No value for " + column + "."));
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
        Instant utc = utc(value);
        if (utc != null) {
            return utc;
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
        LocalDate day = day(value, false);
        if (day != null) {
            return day;
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
        Set<String> codes = columns.codes.get(column);
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
        List<String> items = value.indexOf(';') < 0 ? List.of(value)
                : Arrays.stream(value.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
        Set<String> codes = columns.codes.get(column);
        if (codes != null) {
            items.stream().filter(item -> !codes.contains(item)).findFirst()
                    .ifPresent(item -> bad(column, item, "each one of " + codes.stream().sorted().toList()));
        }
        return items;
    }

    private void fault(Fault fault) {
        if (faults.isEmpty()) {
            faults = new ArrayList<>(2);
        }
        faults.add(fault);
    }

    private void bad(String column, String value, String expected) {
        fault(new Fault(ExtractFormat.BAD_VALUE, column, column + " '" + shorten(value) + "' is not " + expected + "."));
    }

    /**
     * The common form {@code 2026-03-02T10:00:00Z} read directly; null for anything else, which the general parser
     * then reads or reports.
     */
    static Instant utc(String value) {
        if (value.length() != 20 || value.charAt(10) != 'T' || value.charAt(13) != ':' || value.charAt(16) != ':'
                || value.charAt(19) != 'Z') {
            return null;
        }
        LocalDate day = day(value, true);
        int hour = digits(value, 11);
        int minute = digits(value, 14);
        int second = digits(value, 17);
        if (day == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return Instant.ofEpochSecond(day.toEpochDay() * 86_400 + hour * 3_600 + minute * 60 + second);
    }

    /** A date such as {@code 1980-05-01}: the whole value, or its start when {@code prefix}; null otherwise. */
    private static LocalDate day(String value, boolean prefix) {
        if ((prefix ? value.length() < 10 : value.length() != 10) || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0) * 100 + digits(value, 2);
        int month = digits(value, 5);
        int dayOfMonth = digits(value, 8);
        if (year < 0 || digits(value, 0) < 0 || digits(value, 2) < 0 || month < 1 || month > 12 || dayOfMonth < 1
                || dayOfMonth > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, dayOfMonth);
    }

    /** Two decimal digits at {@code at}, or -1. */
    private static int digits(String value, int at) {
        char tens = value.charAt(at);
        char units = value.charAt(at + 1);
        if (tens < '0' || tens > '9' || units < '0' || units > '9') {
            return -1;
        }
        return (tens - '0') * 10 + units - '0';
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
