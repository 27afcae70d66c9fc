package org.crimeledger.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crimeledger.exchange.internal.VolumeHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Runs the {@link QualityCheck}s over everything imported from data.police.uk and lists what they find, per force
 * and month. Read-only; each call reads the data as it is now.
 */
@Service
public class DataQuality {

    /** Least expected count for a volume comparison: below it a 30% change is noise. */
    static final int LEAST_EXPECTED = 20;

    private final JdbcClient jdbc;

    DataQuality(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<QualityFinding> findings() {
        List<QualityFinding> findings = new ArrayList<>();
        findings.addAll(volumeAgainstOwnMonths());
        findings.addAll(volumeAgainstNeighbours());
        findings.addAll(missingCategories());
        findings.addAll(duplicateCrimeIds());
        findings.addAll(exactDuplicateRows());
        findings.addAll(rowsWithoutLocation());
        findings.addAll(outcomesBeforeTheirCrime());
        findings.addAll(outcomesWhoseCrimeIsUnknown());
        findings.sort(Comparator.comparing(QualityFinding::check).thenComparing(QualityFinding::force)
                .thenComparing(QualityFinding::month));
        return findings;
    }

    List<QualityFinding> volumeAgainstOwnMonths() {
        return jdbc.sql(VolumeHistory.WITH + """
                select force, month, category, n, expected, months_before from history
                where months_before >= 1 and expected >= :least
                  and abs(n - expected) >= 0.3 * expected and abs(n - expected) > 4 * sqrt(expected)
                """).param("least", LEAST_EXPECTED).query((row, i) -> {
                    long n = row.getLong("n");
                    double expected = row.getDouble("expected");
                    return new QualityFinding(QualityCheck.VOLUME_AGAINST_OWN_MONTHS, row.getString("force"),
                            row.getObject("month", LocalDate.class), row.getString("category"), null, n,
                            String.format("%,d rows against %,.0f on average in the %d month(s) before: %+.0f%%", n,
                                    expected, row.getInt("months_before"), (n / expected - 1) * 100));
                }).list();
    }

    List<QualityFinding> volumeAgainstNeighbours() {
        return jdbc.sql(VolumeHistory.WITH + """
                , neighbour_change as (
                    select h.force, h.month, h.category, count(*) as neighbour_count,
                           percentile_cont(0.5) within group (order by o.n / o.expected) as neighbour_change,
                           string_agg(o.force, ', ' order by o.force) as neighbours
                    from history h
                    join force_neighbours fn on fn.force = h.force
                    join history o on o.force = fn.neighbour and o.month = h.month and o.category = h.category
                    where o.months_before >= 1 and o.expected >= :least
                    group by h.force, h.month, h.category
                )
                select h.force, h.month, h.category, h.n, h.expected, c.neighbour_change, c.neighbours
                from history h join neighbour_change c using (force, month, category)
                where h.months_before >= 1 and h.expected >= :least and c.neighbour_count >= 2 and c.neighbour_change > 0
                  and abs((h.n / h.expected) / c.neighbour_change - 1) >= 0.3
                  and abs(h.n - h.expected * c.neighbour_change) > 4 * sqrt(h.expected * c.neighbour_change)
                """).param("least", LEAST_EXPECTED).query((row, i) -> {
                    long n = row.getLong("n");
                    double change = n / row.getDouble("expected");
                    double neighbours = row.getDouble("neighbour_change");
                    return new QualityFinding(QualityCheck.VOLUME_AGAINST_NEIGHBOURS, row.getString("force"),
                            row.getObject("month", LocalDate.class), row.getString("category"), null, n,
                            String.format("%,d rows, %+.0f%% on its recent months; its neighbours (%s) %+.0f%% (median)", n,
                                    (change - 1) * 100, row.getString("neighbours"), (neighbours - 1) * 100));
                }).list();
    }

    List<QualityFinding> missingCategories() {
        return jdbc.sql(VolumeHistory.WITH + """
                select force, month, category, months_before, least_before from history
                where n = 0 and months_before >= 2 and least_before > 0 and category <> :all
                """).param("all", VolumeHistory.ALL_CRIME).query((row, i) -> new QualityFinding(
                        QualityCheck.MISSING_CATEGORY, row.getString("force"), row.getObject("month", LocalDate.class),
                        row.getString("category"), null, 0, String.format("no rows; at least %d a month in the %d month(s) before",
                                row.getLong("least_before"), row.getInt("months_before")))).list();
    }

    List<QualityFinding> duplicateCrimeIds() {
        return jdbc.sql("""
                select reported_by, month, crime_id, count(*) as n,
                       count(distinct (longitude, latitude, location, lsoa_code, crime_type, last_outcome, context)) as variants
                from police_uk_street_crime where crime_id is not null
                group by reported_by, month, crime_id having count(*) > 1
                """).query((row, i) -> new QualityFinding(QualityCheck.DUPLICATE_CRIME_ID, row.getString("reported_by"),
                        row.getObject("month", LocalDate.class), null, row.getString("crime_id"), row.getLong("n"),
                        row.getLong("variants") == 1 ? String.format("%d identical rows", row.getLong("n"))
                                : String.format("%d rows with %d different locations or outcomes", row.getLong("n"),
                                        row.getLong("variants")))).list();
    }

    /** Rows with a Crime ID only: anti-social behaviour rows at the same anonymised point in a month look alike. */
    List<QualityFinding> exactDuplicateRows() {
        return jdbc.sql("""
                select reported_by, month, crime_id, crime_type, count(*) as n, string_agg(line::text, ', ' order by line) as lines
                from police_uk_street_crime where crime_id is not null
                group by crime_id, month, reported_by, falls_within, longitude, latitude, location, lsoa_code, lsoa_name,
                         crime_type, last_outcome, context
                having count(*) > 1
                """).query((row, i) -> new QualityFinding(QualityCheck.EXACT_DUPLICATE_ROW, row.getString("reported_by"),
                        row.getObject("month", LocalDate.class), row.getString("crime_type"), row.getString("crime_id"),
                        row.getLong("n"), "the same row " + row.getLong("n") + " times, at lines " + row.getString("lines")))
                .list();
    }

    List<QualityFinding> rowsWithoutLocation() {
        return jdbc.sql("""
                select reported_by, month, count(*) filter (where latitude is null) as n, count(*) as total
                from police_uk_street_crime group by reported_by, month
                having count(*) filter (where latitude is null) > 0
                """).query((row, i) -> {
                    long n = row.getLong("n");
                    long total = row.getLong("total");
                    return new QualityFinding(QualityCheck.NO_LOCATION, row.getString("reported_by"),
                            row.getObject("month", LocalDate.class), null, null, n,
                            String.format("%,d of %,d rows (%.1f%%)", n, total, 100.0 * n / total));
                }).list();
    }

    List<QualityFinding> outcomesBeforeTheirCrime() {
        return jdbc.sql("""
                select o.reported_by, o.month, s.month as crime_month, o.crime_id, o.outcome_type, s.crime_type,
                       s.last_outcome
                from police_uk_outcome o join police_uk_street_crime s on s.crime_id = o.crime_id
                where o.month < s.month
                """).query((row, i) -> new QualityFinding(QualityCheck.OUTCOME_BEFORE_CRIME, row.getString("reported_by"),
                        row.getObject("month", LocalDate.class), row.getString("crime_type"), row.getString("crime_id"), 1,
                        String.format("outcome \"%s\" dated %s; the crime is in the street file of %s (last outcome \"%s\")",
                                row.getString("outcome_type"), row.getObject("month", LocalDate.class).toString().substring(0, 7),
                                row.getObject("crime_month", LocalDate.class).toString().substring(0, 7),
                                row.getString("last_outcome")))).list();
    }

    List<QualityFinding> outcomesWhoseCrimeIsUnknown() {
        return jdbc.sql("""
                select o.reported_by, o.month, count(*) filter (where s.crime_id is null) as n, count(*) as total
                from police_uk_outcome o
                left join (select distinct crime_id from police_uk_street_crime where crime_id is not null) s
                       on s.crime_id = o.crime_id
                group by o.reported_by, o.month having count(*) filter (where s.crime_id is null) > 0
                """).query((row, i) -> new QualityFinding(QualityCheck.OUTCOME_CRIME_UNKNOWN, row.getString("reported_by"),
                        row.getObject("month", LocalDate.class), null, null, row.getLong("n"),
                        String.format("%,d of %,d outcomes refer to a Crime ID in no imported street-level file",
                                row.getLong("n"), row.getLong("total")))).list();
    }
}
