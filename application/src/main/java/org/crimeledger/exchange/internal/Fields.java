package org.crimeledger.exchange.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Checks of single values shared by the file formats. Each returns the value to load, or null after a finding.
 */
final class Fields {

    /** A box around Great Britain, Northern Ireland and the Channel Islands, with a margin. */
    static final double MIN_LATITUDE = 49.0;
    static final double MAX_LATITUDE = 61.5;
    static final double MIN_LONGITUDE = -8.9;
    static final double MAX_LONGITUDE = 2.2;

    private Fields() {
    }

    /** {@code YYYY-MM} to the first day of that month, or null after rejecting the row. */
    static String month(String[] row, int column, String name, long line, Findings findings) {
        String value = row[column];
        if (value.length() == 7 && value.charAt(4) == '-' && digits(value, 0, 4) && digits(value, 5, 7)) {
            int month = (value.charAt(5) - '0') * 10 + (value.charAt(6) - '0');
            int year = Integer.parseInt(value, 0, 4, 10);
            if (month >= 1 && month <= 12 && year >= 1900 && year <= 2999) {
                return value + "-01";
            }
        }
        findings.reject(line, name, value, "not a month as YYYY-MM");
        return null;
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks a longitude and latitude pair: both empty (a row with no location) or both numbers inside the box.
     * Rejects the row otherwise.
     */
    static void coordinates(String[] row, int longitudeColumn, int latitudeColumn, long line, Findings findings) {
        String longitude = row[longitudeColumn];
        String latitude = row[latitudeColumn];
        if (longitude.isEmpty() && latitude.isEmpty()) {
            return;
        }
        coordinate(longitude, "Longitude", MIN_LONGITUDE, MAX_LONGITUDE, line, findings);
        coordinate(latitude, "Latitude", MIN_LATITUDE, MAX_LATITUDE, line, findings);
    }

    private static void coordinate(String value, String name, double min, double max, long line, Findings findings) {
        if (value.isEmpty()) {
            findings.reject(line, name, value, "empty while the other coordinate is given");
            return;
        }
        if (!decimal(value)) {
            findings.reject(line, name, value, "not a decimal number");
            return;
        }
        double number = decimalValue(value);
        if (!(number >= min && number <= max)) {
            findings.reject(line, name, value, "outside the United Kingdom (" + min + " to " + max + ")");
        }
    }

    /** The value of a string {@link #decimal} accepted; exact enough for a range check, and much cheaper than parsing. */
    private static double decimalValue(String value) {
        if (value.length() > 17) {
            return Double.parseDouble(value);
        }
        boolean negative = value.charAt(0) == '-';
        long digits = 0;
        int scale = -1;
        for (int i = negative ? 1 : 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.') {
                scale = 0;
            } else {
                digits = digits * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            }
        }
        double number = digits / Math.pow(10, Math.max(0, scale));
        return negative ? -number : number;
    }

    /** Digits with at most one point and an optional leading minus: what PostgreSQL and the files agree on. */
    private static boolean decimal(String value) {
        int start = value.charAt(0) == '-' ? 1 : 0;
        boolean point = false;
        boolean digit = false;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.' && !point) {
                point = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    /** An ISO date and time with offset, as stop-and-search files give them. */
    static String timestamp(String[] row, int column, String name, long line, Findings findings) {
        String value = row[column];
        try {
            OffsetDateTime.parse(value);
            return value;
        } catch (DateTimeParseException e) {
            findings.reject(line, name, value, "not a date and time such as 2016-01-01T08:05:00+00:00");
            return null;
        }
    }

    /** {@code True}, {@code False} or empty (as published), to a COPY boolean; rejects anything else. */
    static String bool(String[] row, int column, String name, long line, Findings findings) {
        String value = row[column];
        if (value.isEmpty()) {
            return null;
        }
        if (value.equalsIgnoreCase("true")) {
            return "t";
        }
        if (value.equalsIgnoreCase("false")) {
            return "f";
        }
        findings.reject(line, name, value, "not True or False");
        return null;
    }

    static boolean crimeId(String value) {
        if (value.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
