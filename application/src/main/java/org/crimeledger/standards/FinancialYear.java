package org.crimeledger.standards;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Home Office financial year, 1 April to 31 March, written {@code 2026/27}; each year's notifiable offence list
 * and recording rules come into force on its first day.
 *
 * @param startYear the calendar year in which it starts
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})[/_-](\\d{2}|\\d{4})");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("No financial year starts in " + startYear);
        }
    }

    /** Reads "2026/27", "2026-27", "2026_27" or "2026/2027"; empty when the end does not follow the start. */
    public static Optional<FinancialYear> parse(String text) {
        Matcher m = WRITTEN.matcher(text == null ? "" : text.strip());
        return m.matches() ? consistent(m) : Optional.empty();
    }

    /** The first year written in a file name such as {@code ho_notifiable_offences_2026_27.csv}, if any. */
    public static Optional<FinancialYear> inName(String fileName) {
        Matcher m = WRITTEN.matcher(fileName);
        while (m.find()) {
            Optional<FinancialYear> year = consistent(m);
            if (year.isPresent()) {
                return year;
            }
        }
        return Optional.empty();
    }

    private static Optional<FinancialYear> consistent(Matcher m) {
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        boolean follows = m.group(2).length() == 2 ? end == (start + 1) % 100 : end == start + 1;
        return follows ? Optional.of(new FinancialYear(start)) : Optional.empty();
    }

    /** The financial year a date falls in. */
    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }
}
