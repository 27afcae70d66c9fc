package org.crimeledger.exchange;

import java.util.Map;

import org.crimeledger.SharedSql;
import org.crimeledger.SharedSql.Columns;

/**
 * Each {@link QualityCheck} as the shared SQL that finds it and the reading of one result row: the one definition
 * that the data-quality page (PostgreSQL) and the national jobs (Spark SQL) both run. The SQL reads the tables
 * {@code police_uk_street_crime}, {@code police_uk_outcome} and {@code force_neighbours}.
 */
public enum QualityQuery {

    VOLUME_AGAINST_OWN_MONTHS(QualityCheck.VOLUME_AGAINST_OWN_MONTHS, "volume-against-own-months", true) {
        @Override
        public QualityFinding finding(Columns row) {
            long n = row.whole("n");
            double expected = row.decimal("expected");
            return new QualityFinding(check(), row.text("force"), row.date("month"), row.text("category"), null, n,
                    String.format("%,d rows against %,.0f on average in the %d month(s) before: %+.0f%%", n, expected,
                            row.whole("months_before"), (n / expected - 1) * 100));
        }
    },
    VOLUME_AGAINST_NEIGHBOURS(QualityCheck.VOLUME_AGAINST_NEIGHBOURS, "volume-against-neighbours", true) {
        @Override
        public QualityFinding finding(Columns row) {
            long n = row.whole("n");
            double change = n / row.decimal("expected");
            double neighbours = row.decimal("neighbour_change");
            return new QualityFinding(check(), row.text("force"), row.date("month"), row.text("category"), null, n,
                    String.format("%,d rows, %+.0f%% on its recent months; its neighbours (%s) %+.0f%% (median)", n,
                            (change - 1) * 100, row.text("neighbours"), (neighbours - 1) * 100));
        }
    },
    MISSING_CATEGORY(QualityCheck.MISSING_CATEGORY, "missing-categories", true) {
        @Override
        public QualityFinding finding(Columns row) {
            return new QualityFinding(check(), row.text("force"), row.date("month"), row.text("category"), null, 0,
                    String.format("no rows; at least %d a month in the %d month(s) before", row.whole("least_before"),
                            row.whole("months_before")));
        }
    },
    DUPLICATE_CRIME_ID(QualityCheck.DUPLICATE_CRIME_ID, "duplicate-crime-ids", false) {
        @Override
        public QualityFinding finding(Columns row) {
            long n = row.whole("n");
            long variants = row.whole("variants");
            return new QualityFinding(check(), row.text("reported_by"), row.date("month"), null, row.text("crime_id"), n,
                    variants == 1 ? String.format("%d identical rows", n)
                            : String.format("%d rows with %d different locations or outcomes", n, variants));
        }
    },
    EXACT_DUPLICATE_ROW(QualityCheck.EXACT_DUPLICATE_ROW, "exact-duplicate-rows", false) {
        @Override
        public QualityFinding finding(Columns row) {
            return new QualityFinding(check(), row.text("reported_by"), row.date("month"), row.text("crime_type"),
                    row.text("crime_id"), row.whole("n"), "the same row " + row.whole("n") + " times, at lines "
                            + row.text("lines"));
        }
    },
    NO_LOCATION(QualityCheck.NO_LOCATION, "rows-without-location", false) {
        @Override
        public QualityFinding finding(Columns row) {
            long n = row.whole("n");
            long total = row.whole("total");
            return new QualityFinding(check(), row.text("reported_by"), row.date("month"), null, null, n,
                    String.format("%,d of %,d rows (%.1f%%)", n, total, 100.0 * n / total));
        }
    },
    OUTCOME_BEFORE_CRIME(QualityCheck.OUTCOME_BEFORE_CRIME, "outcomes-before-their-crime", false) {
        @Override
        public QualityFinding finding(Columns row) {
            return new QualityFinding(check(), row.text("reported_by"), row.date("month"), row.text("crime_type"),
                    row.text("crime_id"), 1, String.format(
                            "outcome \"%s\" dated %s; the crime is in the street file of %s (last outcome \"%s\")",
                            row.text("outcome_type"), row.date("month").toString().substring(0, 7),
                            row.date("crime_month").toString().substring(0, 7), row.text("last_outcome")));
        }
    },
    OUTCOME_CRIME_UNKNOWN(QualityCheck.OUTCOME_CRIME_UNKNOWN, "outcomes-whose-crime-is-unknown", false) {
        @Override
        public QualityFinding finding(Columns row) {
            return new QualityFinding(check(), row.text("reported_by"), row.date("month"), null, null, row.whole("n"),
                    String.format("%,d of %,d outcomes refer to a Crime ID in no imported street-level file",
                            row.whole("n"), row.whole("total")));
        }
    };

    /** Least expected count for a volume comparison: below it a 30% change is noise. */
    public static final int LEAST_EXPECTED = 20;

    /** The category under which the volume checks count all crime (anti-social behaviour excluded). */
    public static final String ALL_CRIME = "all-crime";

    private final QualityCheck check;
    private final String file;
    private final boolean volume;

    QualityQuery(QualityCheck check, String file, boolean volume) {
        this.check = check;
        this.file = file;
        this.volume = volume;
    }

    public QualityCheck check() {
        return check;
    }

    /** The SQL, volume checks after the shared history of volumes. */
    public String sql() {
        return (volume ? SharedSql.load(VOLUME_HISTORY) : "") + SharedSql.load("quality/" + file);
    }

    /**
     * The SQL reading the history of volumes from {@code table} instead of computing it: an engine that runs every
     * check at once (the national jobs) computes the history once, keeps it as that table and runs this.
     */
    public String sqlOverHistory(String table) {
        return (volume ? "with history as (select * from " + table + ")\n" : "") + SharedSql.load("quality/" + file);
    }

    /** The history of volumes as a query of its own (its {@code with} clauses, then {@code select * from history}). */
    public static String historySql() {
        return SharedSql.load(VOLUME_HISTORY) + "select * from history\n";
    }

    private static final String VOLUME_HISTORY = "quality/volume-history";

    /** The named parameters the SQL uses. */
    public Map<String, Object> parameters() {
        return switch (this) {
            case VOLUME_AGAINST_OWN_MONTHS, VOLUME_AGAINST_NEIGHBOURS -> Map.of("least", LEAST_EXPECTED);
            case MISSING_CATEGORY -> Map.of("all", ALL_CRIME);
            default -> Map.of();
        };
    }

    /** The finding one result row stands for. */
    public abstract QualityFinding finding(Columns row);
}
