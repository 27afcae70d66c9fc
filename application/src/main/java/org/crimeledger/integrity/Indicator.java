package org.crimeledger.integrity;

import java.util.Locale;

import org.crimeledger.SharedSql;

/**
 * The gaming signatures the force's own records can show (domain.md §7), each as events among trials per
 * team and month (a proportion) or as a monthly count (a volume). Each carries the plain-English reading an
 * alert gives, because a number on its own accuses nobody and explains nothing.
 */
public enum Indicator {

    LATE_DECISIONS("Decisions after the deadline", "crime-recording decisions made after the 24-hour limit",
            "crime-recording decisions",
            "decides more crimes late than the rest of the force: victims wait, and a late decision is the easiest to quietly drop"),
    LAST_HOUR_DECISIONS("Decisions in the last hour", "decisions made in the last hour before the deadline",
            "crime-recording decisions",
            "leaves an unusual share of decisions to the last hour before the deadline: a sign of decisions made to beat the clock, not on the evidence"),
    NO_CRIME_DECISIONS("No-crime decisions", "crime-related incidents decided as no crime", "crime-recording decisions",
            "closes more crime-related incidents as no crime than the rest of the force: the signature of cuffing, crimes made to disappear by not recording them"),
    DOWNGRADES("Downgrades", "recorded crimes later reclassified to a less serious class", "crimes recorded",
            "downgrades more crimes than the rest of the force (violence to public order, burglary to theft): the signature of skewing"),
    CANCELLATIONS("Cancellations", "recorded crimes cancelled", "crimes recorded",
            "cancels more recorded crimes than the rest of the force: the signature of no-criming"),
    SEVERAL_VICTIMS_ONE_CRIME("Several victims, fewer crimes", "incidents with several victims but fewer crimes than victims",
            "incidents with several victims and crimes recorded",
            "records several victims under fewer crimes than victims, against one crime per victim: cuffing by consolidation"),
    PERIOD_END_SLIPPAGE("Month-end slippage", "crimes reported in a month's last three days but recorded in a later month",
            "crimes reported in a month's last three days",
            "pushes crimes reported at the end of a month into the next: the period-end effect of chasing a monthly figure"),
    RECORDED_CRIME("Recorded crime", "crimes recorded in the month", null,
            "records markedly fewer crimes than in its own recent months: a sudden fall with no fall in calls is how Kent's 2018 gap showed");

    private final String title;
    private final String events;
    private final String trials;
    private final String signature;

    Indicator(String title, String events, String trials, String signature) {
        this.title = title;
        this.events = events;
        this.trials = trials;
        this.signature = signature;
    }

    public String title() {
        return title;
    }

    /** What is counted, e.g. "recorded crimes cancelled". */
    public String events() {
        return events;
    }

    /** What it is counted among, or null for a volume. */
    public String trials() {
        return trials;
    }

    /** How an alert reads, after the team's name: "Team X ..." */
    public String signature() {
        return signature;
    }

    public boolean isVolume() {
        return trials == null;
    }

    /**
     * The shared SQL counting the indicator by force, team and month from its facts table, the same text on
     * PostgreSQL and Spark SQL (parameters {@code :first} and {@code :last}, first days of months).
     */
    public String countsSql() {
        return SharedSql.load("integrity/" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The facts table the counts read: {@code decision_facts}, {@code crime_facts} or {@code month_end_facts}. */
    public String factsTable() {
        return switch (this) {
            case LATE_DECISIONS, LAST_HOUR_DECISIONS, NO_CRIME_DECISIONS, SEVERAL_VICTIMS_ONE_CRIME -> "decision_facts";
            case DOWNGRADES, CANCELLATIONS, RECORDED_CRIME -> "crime_facts";
            case PERIOD_END_SLIPPAGE -> "month_end_facts";
        };
    }

    /**
     * The PostgreSQL-only SQL making the same facts table from an imported interchange extract (parameter
     * {@code :import}), its records counted as one unit, {@code extract}.
     */
    public static String importedFactsSql(String factsTable) {
        return SharedSql.load("integrity/imported-" + factsTable.replace("_facts", "-facts").replace('_', '-'));
    }

    /** The PostgreSQL-only SQL making a facts table from the recording tables (docs/scale-out.md). */
    public static String factsSql(String factsTable) {
        return SharedSql.load("integrity/" + factsTable.replace("_facts", "-facts").replace('_', '-'));
    }
}
