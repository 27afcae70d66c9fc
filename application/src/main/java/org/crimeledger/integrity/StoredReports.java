package org.crimeledger.integrity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The integrity reports the pages read, stored as JSON with when they were computed (table
 * {@code integrity_report}), so no request waits for a year's counts when a report is stored. The scheduled
 * recomputation writes every level's report for the last complete month and those are served until the next run
 * replaces them; a month nobody has computed is computed on its first request, stored, and reused by every instance
 * for {@code crimeledger.integrity.reuse-for} (five minutes; PT0S computes every time). Each instance keeps the
 * reports it has read in memory and reads the JSON again only when the stored row is newer.
 */
@Service
public class StoredReports {

    private static final int KEPT_IN_MEMORY = 16;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final IntegrityChecks checks;
    private final Clock clock;
    private final Duration reuseFor;
    private final Map<ReportKey, StoredReport> read = new ConcurrentHashMap<>();

    StoredReports(JdbcClient jdbc, JsonMapper json, IntegrityChecks checks, Clock clock,
            @Value("${crimeledger.integrity.reuse-for:PT5M}") Duration reuseFor) {
        this.jdbc = jdbc;
        this.json = json;
        this.checks = checks;
        this.clock = clock;
        this.reuseFor = reuseFor;
    }

    /**
     * The report of {@code level} for the twelve months to {@code asOf} as the user may see it (officers by name
     * only when {@code officerNames}): the stored one when there is one fresh enough, else computed now and stored.
     */
    public StoredReport report(YearMonth asOf, UnitLevel level, boolean officerNames) {
        ReportKey key = ReportKey.shown(asOf, level, officerNames);
        Optional<Stamp> stamp = stamp(key);
        if (stamp.isPresent() && (stamp.get().scheduled() || stamp.get().at().plus(reuseFor).isAfter(clock.instant()))) {
            StoredReport known = read.get(key);
            if (known != null && known.computedAt().equals(stamp.get().at())) {
                return known;
            }
            StoredReport loaded = load(key, stamp.get());
            if (hasEveryIndicator(loaded.report()) && namesItsReferences(loaded.report())) {
                return remember(key, loaded);
            }
            // Stored before an indicator was added, or before funnel tests named their comparison group: its pages
            // would lack it, so it is computed again in its place, still the schedule's if it was.
            StoredReport again = new StoredReport(checks.run(asOf, level, officerNames), now(), stamp.get().scheduled());
            store(key, again);
            return remember(key, again);
        }
        IntegrityReport report = checks.run(asOf, level, officerNames);
        StoredReport stored = new StoredReport(report, now(), false);
        store(key, stored);
        return remember(key, stored);
    }

    private static boolean hasEveryIndicator(IntegrityReport report) {
        return report.indicators().stream().map(IndicatorView::indicator).distinct().count() == Indicator.values().length;
    }

    /** Whether every funnel line says what it was compared with (reports stored before comparison groups do not). */
    private static boolean namesItsReferences(IntegrityReport report) {
        return report.indicators().stream().filter(view -> !view.indicator().isVolume())
                .flatMap(view -> view.teams().stream()).allMatch(line -> line.comparedWith() != null);
    }

    /** Computes every level's report for {@code asOf} and stores them as the schedule's; returns how many. */
    public int recompute(YearMonth asOf) {
        Map<ReportKey, IntegrityReport> reports = checks.runEveryLevel(asOf);
        Instant at = now();
        reports.forEach((key, report) -> {
            StoredReport stored = new StoredReport(report, at, true);
            store(key, stored);
            remember(key, stored);
        });
        return reports.size();
    }

    /** Whether the schedule has stored the reports of {@code asOf}. */
    public boolean scheduledFor(YearMonth asOf) {
        return jdbc.sql("select count(*) from integrity_report where as_of = ? and scheduled")
                .param(asOf.atDay(1)).query(Long.class).single() > 0;
    }

    private record Stamp(Instant at, boolean scheduled) {
    }

    private Optional<Stamp> stamp(ReportKey key) {
        return jdbc.sql("select computed_at, scheduled from integrity_report where as_of = ? and level = ? and pseudonymised = ?")
                .params(key.asOf().atDay(1), key.level().name(), key.pseudonymised())
                .query((rs, row) -> new Stamp(rs.getTimestamp("computed_at").toInstant(), rs.getBoolean("scheduled")))
                .optional();
    }

    private StoredReport load(ReportKey key, Stamp stamp) {
        String text = jdbc.sql("select report::text from integrity_report where as_of = ? and level = ? and pseudonymised = ?")
                .params(key.asOf().atDay(1), key.level().name(), key.pseudonymised()).query(String.class).single();
        return new StoredReport(json.readValue(text, IntegrityReport.class), stamp.at(), stamp.scheduled());
    }

    /** Stores a report; one computed on request never replaces the schedule's. */
    private void store(ReportKey key, StoredReport stored) {
        jdbc.sql("""
                insert into integrity_report (as_of, level, pseudonymised, report, computed_at, scheduled)
                values (?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict (as_of, level, pseudonymised) do update
                set report = excluded.report, computed_at = excluded.computed_at, scheduled = excluded.scheduled
                where excluded.scheduled or not integrity_report.scheduled""")
                .params(key.asOf().atDay(1), key.level().name(), key.pseudonymised(),
                        json.writeValueAsString(stored.report()), Timestamp.from(stored.computedAt()), stored.scheduled())
                .update();
    }

    private StoredReport remember(ReportKey key, StoredReport stored) {
        if (read.size() >= KEPT_IN_MEMORY) {
            read.clear();
        }
        read.put(key, stored);
        return stored;
    }

    /** Now, to the microsecond PostgreSQL keeps, so a stored time reads back equal. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
