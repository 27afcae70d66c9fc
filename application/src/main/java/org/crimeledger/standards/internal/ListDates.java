package org.crimeledger.standards.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates as the Home Office list writes them, which vary from row to row: {@code 01-Apr-26},
 * {@code 13 April 2015}, {@code 26/06/2018}, {@code 2026-04-01}, and for the change column also {@code Nov-25},
 * {@code Aug 2024} and a bare year {@code 2015}. Two-digit years are 2000-2049 below 50, 1950-1999 otherwise.
 */
final class ListDates {

    /** A date read, and whether the text only approximately matched (a misspelt month, a trailing "?"). */
    record Read(LocalDate date, String doubt) {
    }

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[- ]([A-Za-z]+)[- ](\\d{2}|\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)[- ](\\d{2}|\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private ListDates() {
    }

    /** A full date; empty when the text is not one (the caller reports it with its line and column). */
    static Optional<Read> date(String text) {
        String t = text.strip();
        String doubt = null;
        if (t.endsWith("?")) {
            t = t.substring(0, t.length() - 1).strip();
            doubt = "marked uncertain with '?'";
        }
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(t);
            if (m.matches()) {
                Optional<Month> month = month(m.group(2));
                if (month.isEmpty()) {
                    return Optional.empty();
                }
                if (!exactMonth(m.group(2))) {
                    doubt = "month '" + m.group(2) + "' read as " + month.get().getDisplayName(
                            java.time.format.TextStyle.FULL, Locale.UK);
                }
                return Optional.of(new Read(LocalDate.of(year(m.group(3)), month.get(), Integer.parseInt(m.group(1))), doubt));
            }
            m = NUMERIC.matcher(t);
            if (m.matches()) {
                return Optional.of(new Read(LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))), doubt));
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(new Read(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), doubt));
            }
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The change column: a full date, a month and year (read as its first day) or a bare year (1 January). */
    static Optional<LocalDate> changeDate(String text) {
        Optional<Read> full = date(text);
        if (full.isPresent()) {
            return Optional.of(full.get().date());
        }
        String t = text.strip();
        Matcher monthYear = MONTH_YEAR.matcher(t);
        if (monthYear.matches()) {
            int year = year(monthYear.group(2));
            return month(monthYear.group(1)).map(month -> LocalDate.of(year, month, 1));
        }
        Matcher bare = YEAR.matcher(t);
        if (bare.matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(bare.group(1)), 1, 1));
        }
        return Optional.empty();
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return y;
        }
        return y < 50 ? 2000 + y : 1900 + y;
    }

    private static Optional<Month> month(String word) {
        if (word.length() < 3) {
            return Optional.empty();
        }
        String prefix = word.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static boolean exactMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (w.equals(full) || w.equals(full.substring(0, 3)) || (w.equals("sept") && month == Month.SEPTEMBER)) {
                return true;
            }
        }
        return false;
    }
}
