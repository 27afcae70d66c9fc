package org.crimeledger.synthetic.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/**
 * Incident references ({@code DS-20250401-00042}: the local day's count) and crime references
 * ({@code DS/2025/000123}: the count in the year recorded), carrying on from the counters already in the
 * database so live incidents later continue the numbering.
 */
public final class References {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final String force;
    private final ZoneId zone;
    private final Map<LocalDate, Integer> days;
    private final Map<Integer, Integer> years;
    private LocalDate lastDay;
    private String lastDayText;

    public References(String force, ZoneId zone, Map<LocalDate, Integer> days, Map<Integer, Integer> years) {
        this.force = force;
        this.zone = zone;
        this.days = new TreeMap<>(days);
        this.years = new TreeMap<>(years);
    }

    public String incident(Instant receivedAt) {
        LocalDate day = receivedAt.atZone(zone).toLocalDate();
        if (!day.equals(lastDay)) {
            lastDay = day;
            lastDayText = force + "-" + DAY.format(day) + "-";
        }
        int number = days.merge(day, 1, Integer::sum);
        return lastDayText + People.digits(number, 5);
    }

    public String crime(Instant recordedAt) {
        int year = recordedAt.atZone(zone).getYear();
        int number = years.merge(year, 1, Integer::sum);
        return force + "/" + year + "/" + People.digits(number, 6);
    }

    /** The counters as they now stand, to set the day's and the year's reference counters to. */
    public Map<LocalDate, Integer> dayCounters() {
        return days;
    }

    public Map<Integer, Integer> yearCounters() {
        return years;
    }
}
