package org.crimeledger.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * What to generate for the fictional force Demoshire: the same settings always give the same rows.
 *
 * @param seed seeds the one random sequence everything is drawn from
 * @param incidents incidents over the whole period (a year by default), spread over its days by a weekly
 *                  and seasonal pattern
 * @param start the first day, in the force's time zone
 * @param days length of the period; the force's records are as they stand at its end, so decisions that
 *             would fall after it are still awaited
 * @param crimeRelatedShare share of incidents reported as possible crimes, which need a crime-recording decision
 * @param multiOffenceShare share of crime-recording incidents that disclose a second offence: one the
 *                          principal crime rule takes in (CRR26 pp.12-13), or a drug offence counted in addition
 * @param practice how faithfully the force records (the ground-truth knobs)
 * @param practiceByTeam teams that record differently from the rest of the force (team code to practice):
 *                       the way to plant one team's gaming for the integrity checks to find
 * @param outcomeGamingByTeam teams that game their outcomes (team code to gaming), for the outcome indicators
 * @param writesOutcomes whether crimes are given outcomes (they are unless a test writes its own)
 */
public record SyntheticForce(
        long seed,
        int incidents,
        LocalDate start,
        int days,
        double crimeRelatedShare,
        double multiOffenceShare,
        RecordingPractice practice,
        Map<String, RecordingPractice> practiceByTeam,
        Map<String, OutcomeGaming> outcomeGamingByTeam,
        boolean writesOutcomes) {

    /** Seed 2013, the year of the Kent inspection. */
    public static final long DEFAULT_SEED = 2013;

    /** About 5 million incidents a year: the Metropolitan Police's 27,000 calls a day (product brief). */
    public static final int METROPOLITAN_YEAR = 5_000_000;

    public SyntheticForce {
        if (incidents < 0) {
            throw new IllegalArgumentException("incidents cannot be negative, got " + incidents);
        }
        if (days < 1 || days > 3660) {
            throw new IllegalArgumentException("days must be between 1 and 3660, got " + days);
        }
        if (!(crimeRelatedShare >= 0 && crimeRelatedShare <= 1) || !(multiOffenceShare >= 0 && multiOffenceShare <= 1)) {
            throw new IllegalArgumentException("shares must be between 0 and 1");
        }
        if (start == null || practice == null) {
            throw new IllegalArgumentException("start and practice are required");
        }
        practiceByTeam = practiceByTeam == null ? Map.of() : Map.copyOf(practiceByTeam);
        outcomeGamingByTeam = outcomeGamingByTeam == null ? Map.of() : Map.copyOf(outcomeGamingByTeam);
    }

    /** A force whose teams record as {@code practiceByTeam} says and take outcomes as the force's mix gives them. */
    public SyntheticForce(long seed, int incidents, LocalDate start, int days, double crimeRelatedShare,
            double multiOffenceShare, RecordingPractice practice, Map<String, RecordingPractice> practiceByTeam) {
        this(seed, incidents, start, days, crimeRelatedShare, multiOffenceShare, practice, practiceByTeam, Map.of(), true);
    }

    /** The same force with no outcomes written, for tests that write their own. */
    public SyntheticForce withoutOutcomes() {
        return new SyntheticForce(seed, incidents, start, days, crimeRelatedShare, multiOffenceShare, practice,
                practiceByTeam, outcomeGamingByTeam, false);
    }

    /** A force whose teams all record the same way. */
    public SyntheticForce(long seed, int incidents, LocalDate start, int days, double crimeRelatedShare,
            double multiOffenceShare, RecordingPractice practice) {
        this(seed, incidents, start, days, crimeRelatedShare, multiOffenceShare, practice, Map.of());
    }

    /**
     * A year of 30,000 incidents from 1 April 2025, the start of a Home Office recording year, recorded as
     * Kent was in 2013. About 40% of incidents are reported as possible crimes.
     */
    public static SyntheticForce demoshire() {
        return new SyntheticForce(DEFAULT_SEED, 30_000, LocalDate.of(2025, 4, 1), 365, 0.40, 0.03,
                RecordingPractice.kent2013());
    }

    public SyntheticForce withSeed(long newSeed) {
        return new SyntheticForce(newSeed, incidents, start, days, crimeRelatedShare, multiOffenceShare, practice, practiceByTeam,
                outcomeGamingByTeam, writesOutcomes);
    }

    public SyntheticForce withIncidents(int count) {
        return new SyntheticForce(seed, count, start, days, crimeRelatedShare, multiOffenceShare, practice, practiceByTeam,
                outcomeGamingByTeam, writesOutcomes);
    }

    public SyntheticForce withPeriod(LocalDate first, int length) {
        return new SyntheticForce(seed, incidents, first, length, crimeRelatedShare, multiOffenceShare, practice,
                practiceByTeam, outcomeGamingByTeam, writesOutcomes);
    }

    public SyntheticForce withPractice(RecordingPractice newPractice) {
        return new SyntheticForce(seed, incidents, start, days, crimeRelatedShare, multiOffenceShare, newPractice,
                practiceByTeam, outcomeGamingByTeam, writesOutcomes);
    }

    /** The same force with one team recording by {@code teamPractice} (e.g. {@code RESPONSE-B} downgrading more). */
    public SyntheticForce withTeamPractice(String team, RecordingPractice teamPractice) {
        Map<String, RecordingPractice> teams = new java.util.HashMap<>(practiceByTeam);
        teams.put(team, teamPractice);
        return new SyntheticForce(seed, incidents, start, days, crimeRelatedShare, multiOffenceShare, practice, teams,
                outcomeGamingByTeam, writesOutcomes);
    }

    /** The same force with one team gaming its outcomes by {@code gaming} (stitching, easy outcomes and the rest). */
    public SyntheticForce withTeamOutcomeGaming(String team, OutcomeGaming gaming) {
        Map<String, OutcomeGaming> teams = new java.util.HashMap<>(outcomeGamingByTeam);
        teams.put(team, gaming);
        return new SyntheticForce(seed, incidents, start, days, crimeRelatedShare, multiOffenceShare, practice,
                practiceByTeam, teams, writesOutcomes);
    }

    /** How {@code team} games its outcomes: {@link OutcomeGaming#NONE} unless it was given a gaming. */
    public OutcomeGaming outcomeGamingOf(String team) {
        return outcomeGamingByTeam.getOrDefault(team, OutcomeGaming.NONE);
    }

    /** How {@code team} records: its own practice if it has one, else the force's. */
    public RecordingPractice practiceOf(String team) {
        return practiceByTeam.getOrDefault(team, practice);
    }

    /** The moment the records are taken: midnight at the end of the last day, in the force's zone. */
    public Instant end(ZoneId zone) {
        return start.plusDays(days).atStartOfDay(zone).toInstant();
    }
}
