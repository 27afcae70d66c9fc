package org.crimeledger.synthetic.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.crimeledger.synthetic.OutcomeGaming;
import org.crimeledger.synthetic.SyntheticForce;

/**
 * The outcome of each crime still recorded, applied a week to a few months after recording (none when that falls
 * after the period ends: still under investigation). A plausible mix by offence and by whether a suspect is known:
 * with none, "no suspect identified" (18) or the victim declining (14); with one, charges at a rate by offence
 * group, cautions, community resolutions, penalty notices, cannabis warnings for drugs, single offences taken into
 * consideration, "victim does not support" (16, more often for domestic abuse) and evidential difficulties (15).
 * Out-of-court disposals are rare for indictable-only offences. A team given an {@link OutcomeGaming} then games
 * some of its outcomes. Drawn from a sequence of its own, so the other rows are the same with or without outcomes.
 */
final class CrimeOutcomes {

    static final int BULK_CASE = 8;
    /** Half the force's own offences taken into consideration come six to a case: a prolific offender's admissions. */
    static final int CLEAN_CASE = 6;
    private static final Set<String> SERIOUS = Set.of(Offence.VIOLENCE, Offence.SEXUAL, "ROBBERY");
    private static final Set<String> OUT_OF_COURT = Set.of("2", "2A", "3", "3A", "6", "7", "8");
    private static final String OUT_OF_COURT_INDICTABLE_ONLY = "OUT_OF_COURT_INDICTABLE_ONLY";
    private static final String COMMUNITY_RESOLUTION_DOMESTIC_ABUSE = "COMMUNITY_RESOLUTION_DOMESTIC_ABUSE";
    private static final Map<String, String> AUTHORISATION_NOTES = Map.of(
            OUT_OF_COURT_INDICTABLE_ONLY, "Exceptional circumstances recorded; out-of-court disposal authorised at senior level.",
            COMMUNITY_RESOLUTION_DOMESTIC_ABUSE, "Victim's views and risk assessment reviewed; community resolution authorised.");
    private static final long SEQUENCE = 0x6f7574636f6d6573L;
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("1", "Charged on the evidence of the investigation."),
            Map.entry("3", "Offender admitted the offence and was cautioned."),
            Map.entry("4", "Offence admitted and taken into consideration with the case named."),
            Map.entry("6", "Penalty notice for disorder issued."),
            Map.entry("7", "Cannabis warning given for possession of a small amount."),
            Map.entry("8", "Community resolution agreed with the victim's views taken into account."),
            Map.entry("14", "Victim declines or is unable to support action; no suspect identified."),
            Map.entry("15", "Suspect identified; evidential difficulties prevent further action."),
            Map.entry("16", "Suspect identified; the victim does not support further action."),
            Map.entry("18", "Investigation complete; no suspect identified."));

    private final Random random;
    private final SyntheticForce force;
    private final Instant end;
    private final long runId;
    private final Ids ids;
    private final Map<String, int[]> bulkCases = new HashMap<>();

    CrimeOutcomes(SyntheticForce force, Instant end, long runId, Ids ids) {
        this.random = new Random(force.seed() ^ SEQUENCE);
        this.force = force;
        this.end = end;
        this.runId = runId;
        this.ids = ids;
    }

    /** Writes the outcome of a crime recorded (and not cancelled or transferred) by {@code officer} of {@code team}. */
    void write(long crimeId, Offence recorded, boolean suspect, boolean domesticAbuse, String team, String officer,
            Instant recordedAt, Chunk chunk) {
        double days = 7 + -Math.log(1 - random.nextDouble()) * 30;
        Instant applied = recordedAt.plus(Duration.ofMinutes((long) (days * 24 * 60)));
        String code = mix(recorded, suspect, domesticAbuse, random.nextDouble());
        double[] gamed = {random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble()};
        if (!applied.isBefore(end) || !force.writesOutcomes()) {
            return;
        }
        OutcomeGaming gaming = force.outcomeGamingOf(team);
        String ticCase = !code.equals("4") ? null : gamed[3] < 0.5 ? bulkCase(team, CLEAN_CASE) : "TIC-" + runId + "-" + crimeId;
        if (recorded.indictableOnly() && gamed[0] < gaming.outOfCourtSerious()) {
            code = "8";
        } else if (domesticAbuse && recorded.victimBased() && gamed[1] < gaming.victimDoesNotSupport()) {
            code = suspect ? "16" : "14"; // 16 needs a suspect identified; without one, the victim's decline is 14
        } else if (gamed[2] < gaming.easyDrift() * lastYearShare(applied)) {
            code = "6";
        } else if (gamed[3] < gaming.stitchedTics()) {
            code = "4";
            ticCase = bulkCase(team + "-STITCHED", BULK_CASE);
        } else if (gamed[2] < gaming.easyDrift() * lastYearShare(applied) * 2 && code.equals("1")
                && SERIOUS.contains(recorded.group())) {
            code = "15";
        }
        List<String> needs = authorisationsNeeded(code, recorded, domesticAbuse);
        long outcomeId = ids.next(Table.CRIME_OUTCOME);
        chunk.rows(Table.CRIME_OUTCOME).number(outcomeId).number(crimeId).text(code)
                .text(code.equals("4") ? ticCase : null).text(REASONS.get(code)).text("APPLIED").text(officer)
                .text("OFFICER").time(applied.minus(Duration.ofHours(2))).time(applied).codes(needs).end();
        authorise(outcomeId, crimeId, needs, applied, chunk);
    }

    /**
     * The outcome policies (V13 {@code outcome_policy}) that need an authorisation before this outcome applies, as
     * the application finds them: an out-of-court disposal of an indictable-only offence, a community resolution for
     * domestic abuse. (The policy on offending histories needs the suspect's previous offences, which the generator
     * does not write.)
     */
    static List<String> authorisationsNeeded(String code, Offence recorded, boolean domesticAbuse) {
        List<String> needs = new ArrayList<>(2);
        if (recorded.indictableOnly() && OUT_OF_COURT.contains(code)) {
            needs.add(OUT_OF_COURT_INDICTABLE_ONLY);
        }
        if (domesticAbuse && code.equals("8")) {
            needs.add(COMMUNITY_RESOLUTION_DOMESTIC_ABUSE);
        }
        return needs;
    }

    /**
     * The granted authorisations an applied outcome needed, one row per policy as the application writes them, at
     * the moment it was applied, by one person who may authorise them all: a designated decision maker of the
     * registrar's team where an indictable-only offence is concerned (only the registrar's role may), else a
     * supervisor. Who is picked follows from the crime's id, not from the outcome draws, so the outcomes are the same
     * with or without these rows.
     */
    private void authorise(long outcomeId, long crimeId, List<String> needs, Instant applied, Chunk chunk) {
        if (needs.isEmpty()) {
            return;
        }
        boolean registrar = needs.contains(OUT_OF_COURT_INDICTABLE_ONLY);
        String by = registrar ? "ddm.0" + (1 + crimeId % 5) : "ps." + People.digits(1 + (int) (crimeId % 24), 3);
        for (String policy : needs) {
            chunk.rows(Table.OUTCOME_AUTHORISATION).number(ids.next(Table.OUTCOME_AUTHORISATION)).number(outcomeId)
                    .text(policy).bool(true).text(by).text(registrar ? "CRIME_REGISTRAR" : "SUPERVISOR").time(applied)
                    .text(AUTHORISATION_NOTES.get(policy)).end();
        }
    }

    /**
     * The force's outcome for a crime, from a uniform draw {@code u}. Out-of-court disposals of indictable-only
     * offences, easy outcomes and offences taken into consideration are drawn at one rate for every offence they fit,
     * whether or not a suspect is on the record, so that clean teams with different kinds of crime differ in them by
     * chance alone (real teams differ by case mix too, which the funnel plots do not adjust for: docs/statistics.md).
     */
    static String mix(Offence offence, boolean suspect, boolean domesticAbuse, double u) {
        boolean indictable = offence.indictableOnly();
        if (u < 0.03) {
            return indictable ? u < 0.015 ? "8" : "3" : offence.group().equals("DRUG_OFFENCES") ? "7" : "6";
        }
        if (u < 0.05) {
            return "4";
        }
        double v = (u - 0.05) / 0.95;
        if (!suspect) {
            return offence.victimBased() && v < 0.15 ? "14" : "18";
        }
        double[] weights = {
            switch (offence.group()) {
                case Offence.VIOLENCE -> 0.30;
                case Offence.SEXUAL -> 0.20;
                case "ROBBERY" -> 0.35;
                case "DRUG_OFFENCES" -> 0.45;
                default -> 0.25;
            },
            indictable ? 0 : 0.06,
            indictable ? 0 : 0.08,
            offence.victimBased() ? domesticAbuse ? 0.25 : 0.12 : 0};
        String[] codes = {"1", "3", "8", "16"};
        double cumulative = 0;
        for (int i = 0; i < codes.length; i++) {
            cumulative += weights[i];
            if (v < cumulative) {
                return codes[i];
            }
        }
        return "15";
    }

    /** How far into the period's last year {@code applied} is: 0 before it, rising to 1 at its end. */
    private double lastYearShare(Instant applied) {
        double days = Duration.between(applied, end).toMinutes() / (24.0 * 60);
        return Math.max(0, Math.min(1, 1 - days / 365));
    }

    /** The current case of {@code series} for offences taken into consideration together, a new one every {@code size}. */
    private String bulkCase(String series, int size) {
        int[] bulk = bulkCases.computeIfAbsent(series, t -> new int[2]);
        if (bulk[1] == size) {
            bulk[0]++;
            bulk[1] = 0;
        }
        bulk[1]++;
        return "TIC-" + runId + "-" + series + "-" + bulk[0];
    }
}
