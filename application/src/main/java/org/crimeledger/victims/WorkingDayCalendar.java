package org.crimeledger.victims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays. The Victims' Code counts its
 * deadlines in working days ("referral within 2 working days"), counted from the day after the event,
 * so an event on a Friday with a 2-day limit is due on the Tuesday (or later across a bank holiday).
 */
public final class WorkingDayCalendar {

    private final TreeSet<LocalDate> holidays;

    public WorkingDayCalendar(Set<LocalDate> holidays) {
        this.holidays = new TreeSet<>(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The day a deadline of {@code workingDays} falls on for an event on {@code day}. Zero means the same
     * day if it is a working day, otherwise the next working day.
     */
    public LocalDate plusWorkingDays(LocalDate day, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("Working days must not be negative, got " + workingDays);
        }
        LocalDate due = day;
        if (workingDays == 0) {
            while (!isWorkingDay(due)) {
                due = due.plusDays(1);
            }
            return due;
        }
        int counted = 0;
        while (counted < workingDays) {
            due = due.plusDays(1);
            if (isWorkingDay(due)) {
                counted++;
            }
        }
        return due;
    }

    /** Whether the calendar knows the bank holidays of this day's year. */
    public boolean covers(LocalDate day) {
        return !holidays.isEmpty() && day.getYear() >= holidays.first().getYear()
                && day.getYear() <= holidays.last().getYear();
    }
}
