package org.crimeledger.synthetic.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Random;

/**
 * When reports arrive: more in summer and at weekends, fewest before dawn, most in the early evening,
 * and busier Friday and Saturday nights, the shape of police call demand. Counts per day add up exactly.
 */
public final class ReportTimes {

    private static final double[] HOURS = {4.2, 3.6, 3.0, 2.4, 2.0, 1.9, 2.2, 2.8, 3.6, 4.1, 4.4, 4.6, 4.7, 4.8,
            4.9, 5.2, 5.5, 5.6, 5.5, 5.3, 5.1, 5.0, 4.8, 4.6};
    private static final double[] WEEKEND_NIGHT_HOURS = HOURS.clone();

    static {
        for (int hour : new int[] {22, 23}) {
            WEEKEND_NIGHT_HOURS[hour] *= 1.4;
        }
    }

    private final LocalDate start;
    private final double[] cumulativeDays;
    private final int incidents;

    public ReportTimes(LocalDate start, int days, int incidents) {
        this.start = start;
        this.incidents = incidents;
        this.cumulativeDays = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) {
            sum += dayWeight(start.plusDays(d));
            cumulativeDays[d] = sum;
        }
    }

    /** Reports on the day, rounding the running total so that the days add up to exactly the incidents asked for. */
    public int count(int day) {
        double total = cumulativeDays[cumulativeDays.length - 1];
        long upTo = Math.round(incidents * cumulativeDays[day] / total);
        long before = day == 0 ? 0 : Math.round(incidents * cumulativeDays[day - 1] / total);
        return (int) (upTo - before);
    }

    public LocalDate date(int day) {
        return start.plusDays(day);
    }

    /** The day's report times, in order. Clocks changing in spring or autumn move a few reports, never the day. */
    public Instant[] times(int day, int count, ZoneId zone, Random random) {
        LocalDate date = date(day);
        DayOfWeek weekday = date.getDayOfWeek();
        Weighted<Integer> hours = hourWeights(weekday == DayOfWeek.FRIDAY || weekday == DayOfWeek.SATURDAY);
        Instant[] times = new Instant[count];
        for (int i = 0; i < count; i++) {
            LocalTime time = LocalTime.of(hours.pick(random), random.nextInt(60), random.nextInt(60));
            times[i] = ZonedDateTime.of(date, time, zone).toInstant();
        }
        Arrays.sort(times);
        return times;
    }

    private static double dayWeight(LocalDate date) {
        double weekday = switch (date.getDayOfWeek()) {
            case MONDAY, WEDNESDAY -> 0.95;
            case TUESDAY -> 0.93;
            case THURSDAY -> 0.98;
            case FRIDAY -> 1.08;
            case SATURDAY -> 1.12;
            case SUNDAY -> 1.0;
        };
        double season = 1 + 0.08 * Math.sin(2 * Math.PI * (date.getDayOfYear() - 100) / 365.0);
        return weekday * season;
    }

    private static Weighted<Integer> hourWeights(boolean weekendNight) {
        Integer[] hours = new Integer[24];
        for (int h = 0; h < 24; h++) {
            hours[h] = h;
        }
        return Weighted.of(Arrays.asList(hours), weekendNight ? WEEKEND_NIGHT_HOURS : HOURS);
    }
}
