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
            "decides more crimes late than its peers: victims wait, and a late decision is the easiest to quietly drop"),
    LAST_HOUR_DECISIONS("Decisions in the last hour", "decisions made in the last hour before the deadline",
            "crime-recording decisions",
            "leaves an unusual share of decisions to the last hour before the deadline: a sign of decisions made to beat the clock, not on the evidence"),
    NO_CRIME_DECISIONS("No-crime decisions", "crime-related incidents decided as no crime", "crime-recording decisions",
            "closes more crime-related incidents as no crime than its peers: the signature of cuffing, crimes made to disappear by not recording them"),
    DOWNGRADES("Downgrades", "recorded crimes later reclassified to a less serious class", "crimes recorded",
            "downgrades more crimes than its peers (violence to public order, burglary to theft): the signature of skewing"),
    CANCELLATIONS("Cancellations", "recorded crimes cancelled", "crimes recorded",
            "cancels more recorded crimes than its peers: the signature of no-criming"),
    SEVERAL_VICTIMS_ONE_CRIME("Several victims, fewer crimes", "incidents with several victims but fewer crimes than victims",
            "incidents with several victims and crimes recorded",
            "records several victims under fewer crimes than victims, against one crime per victim: cuffing by consolidation"),
    PERIOD_END_SLIPPAGE("Month-end slippage", "crimes reported in a month's last three days but recorded in a later month",
            "crimes reported in a month's last three days",
            "pushes crimes reported at the end of a month into the next: the period-end effect of chasing a monthly figure"),
    RECORDED_CRIME("Recorded crime", "crimes recorded in the month", null,
            "records markedly fewer crimes than in its own recent months: a sudden fall with no fall in calls is how Kent's 2018 gap showed"),
    N100_KEPT("Rape reports kept as N100", "reports of rape kept as an N100 record, not recorded as a crime",
            "reports of rape decided",
            "converts fewer reports of rape into recorded rape than its peers: the N100 record is meant for reports that are not yet crimes, not a place to keep rapes off the figures"),
    STITCHED_TICS("Offences taken into consideration in bulk",
            "outcomes taken into consideration with a case that carries five or more", "outcomes applied",
            "attaches many offences taken into consideration to single charges: the signature of stitching, crimes detected in bulk on the word of one defendant"),
    OUT_OF_COURT_SERIOUS("Out-of-court disposals for serious offences", "outcomes that were out-of-court disposals",
            "outcomes of indictable-only offences",
            "disposes of indictable-only offences out of court more often than its peers: cautions and resolutions for crimes only a Crown Court may try"),
    VICTIM_DOES_NOT_SUPPORT("Domestic abuse closed as \"victim does not support\"",
            "outcomes recorded as \"victim does not support further action\" (14 or 16)", "outcomes of domestic-abuse crimes",
            "closes more domestic abuse as \"victim does not support\" than its peers or its own recent months: the inspectorate's concern, cases closed on the victim's withdrawal without an evidence-led prosecution being considered"),
    EASY_OUTCOMES("Easy outcomes", "penalty notices and cannabis or khat warnings", "outcomes applied",
            "turns to penalty notices and cannabis warnings more than its peers or its own recent months: the easy detections Kent chased"),
    SERIOUS_CHARGES("Charges for serious crime", "charges or summonses for violence, sexual offences and robbery", null,
            "charges markedly fewer serious crimes than in its own recent months: read with its easy outcomes, the sign of effort moved to the easy detections");

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
            case N100_KEPT -> "rape_report_facts";
            case STITCHED_TICS, OUT_OF_COURT_SERIOUS, VICTIM_DOES_NOT_SUPPORT, EASY_OUTCOMES, SERIOUS_CHARGES -> "outcome_facts";
        };
    }

    /**
     * The PostgreSQL-only SQL making the same facts table from an imported interchange extract (parameter
     * {@code :import}), its records counted as one unit, {@code extract}.
     */
    public static String importedFactsSql(String factsTable) {
        return SharedSql.load("integrity/imported-" + factsTable.replace("_facts", "-facts").replace('_', '-'));
    }

    /** Whether an imported interchange extract carries what this indicator counts (decisions, crimes, month ends). */
    public boolean countableOnImport() {
        return java.util.List.of("decision_facts", "crime_facts", "month_end_facts").contains(factsTable());
    }

    /** Every facts table the indicators count, each once, in the order of the indicators. */
    public static java.util.List<String> factsTables() {
        return java.util.Arrays.stream(values()).map(Indicator::factsTable).distinct().toList();
    }

    /** A volume tested both ways (recorded crime); every other indicator is tested only the way gaming moves it. */
    public boolean twoSided() {
        return this == RECORDED_CRIME;
    }

    /** How an alert on a volume that rose reads, after the unit's name. */
    public String riseSignature() {
        return this == SERIOUS_CHARGES
                ? "charges markedly more serious crimes than in its own recent months: no sign of gaming, worth checking for a data fault"
                : "records markedly more crimes than in its own recent months: worth checking for a change of practice or a data fault";
    }

    /** The PostgreSQL-only SQL making a facts table from the recording tables (docs/scale-out.md). */
    public static String factsSql(String factsTable) {
        return SharedSql.load("integrity/" + factsTable.replace("_facts", "-facts").replace('_', '-'));
    }
}
