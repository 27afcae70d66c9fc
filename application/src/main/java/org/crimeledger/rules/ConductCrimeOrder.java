package org.crimeledger.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The order among conduct crimes and what each takes in as the principal crime (CRR26 pp.56-57). The order
 * is written per offence line; a conduct offence without a listed line is read as its class's most serious
 * line, as its seriousness rank is (see {@link CountingRuleCode#CONDUCT_LEVEL_ASSUMED}).
 */
final class ConductCrimeOrder {

    /**
     * The seriousness rank of 8N, assault with injury, in the reference data (CRR26 p.14 row 17, s.20 GBH),
     * which bounds what the fourth step takes in. A test checks it against the reference data.
     */
    static final int ASSAULT_WITH_INJURY_RANK = 19;

    /**
     * One step of the order: the conduct offences on it and the other offences they take in beyond those
     * the look-up table already ranks below them. For the first three steps "offences up to 8N" need no
     * listing, because the table ranks every line of those steps (rows 11-15) above 8N (row 17).
     */
    record Level(int position, String description, Set<String> offenceLines, Set<String> classesReadAtThisLevel,
            Predicate<ReportedOffence> takesIn) {
    }

    private static final Set<String> THEFT = Set.of("39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49");
    private static final Set<String> CRIMINAL_DAMAGE = Set.of("58A", "58B", "58C", "58D", "58J");
    private static final Set<String> PUBLIC_ORDER = Set.of("9A", "9B");
    private static final Set<String> ASSAULT_WITHOUT_INJURY = Set.of("104", "105A", "105B");

    /**
     * What the least of the conduct crimes (s.2 and s.2A) takes in: theft, damage not endangering life,
     * public order, assault without injury, ABH and other 8N but not s.20 GBH (008/01) or strangulation
     * (008/77), and malicious communications but not threatening ones (005/28). Where the line decides and
     * is not given, the class is read as its most serious line, so damage and 8N and 8R are not taken in.
     */
    private static final Predicate<ReportedOffence> NAMED_LESSER_OFFENCES = offence -> {
        String code = offence.classification().code();
        return THEFT.contains(code) || PUBLIC_ORDER.contains(code) || ASSAULT_WITHOUT_INJURY.contains(code)
                || CRIMINAL_DAMAGE.contains(code) && onALineOtherThan(offence, Set.of("057/00"))
                || code.equals("8N") && onALineOtherThan(offence, Set.of("008/01", "008/77"))
                || code.equals("8R") && onALineOtherThan(offence, Set.of("005/28"));
    };

    /** Offences up to 8N except s.20 GBH (008/01), 8N's most serious line, with which the class ranks. */
    private static final Predicate<ReportedOffence> UP_TO_8N_EXCEPT_S20 = offence ->
            offence.classification().seriousnessRank() > ASSAULT_WITH_INJURY_RANK
                    || offence.classification().code().equals("8N") && onALineOtherThan(offence, Set.of("008/01"));

    /**
     * Sexual offences of 10 years or less whose class ranks with a more serious line: sexual assault on a
     * person aged 13 or over (row 16, ranked with assault by penetration) and grooming.
     */
    private static final Predicate<ReportedOffence> SEXUAL_OFFENCES_OF_TEN_YEARS_OR_LESS = offence ->
            offence.onAnyOf(Set.of("017/15", "020/05")) || offence.classification().code().equals("88A");

    static final List<Level> LEVELS = List.of(
            new Level(1, "racially or religiously aggravated harassment or stalking with fear of violence",
                    Set.of("008/58"), Set.of("8M"), SEXUAL_OFFENCES_OF_TEN_YEARS_OR_LESS.or(NAMED_LESSER_OFFENCES)),
            new Level(2, "stalking (s.4A) or harassment with fear of violence (s.4)",
                    Set.of("008/65", "008/66", "008/30"), Set.of("8Q", "8L"),
                    SEXUAL_OFFENCES_OF_TEN_YEARS_OR_LESS.or(NAMED_LESSER_OFFENCES)),
            new Level(3, "controlling or coercive behaviour", Set.of("008/67"), Set.of("8U"),
                    SEXUAL_OFFENCES_OF_TEN_YEARS_OR_LESS.or(NAMED_LESSER_OFFENCES)),
            new Level(4, "racially or religiously aggravated harassment or stalking without violence",
                    Set.of("008/56"), Set.of(), UP_TO_8N_EXCEPT_S20.or(NAMED_LESSER_OFFENCES)),
            new Level(5, "stalking (s.2A) or harassment (s.2)", Set.of("195/12", "195/94"), Set.of(),
                    NAMED_LESSER_OFFENCES));

    private ConductCrimeOrder() {
    }

    private static boolean onALineOtherThan(ReportedOffence offence, Set<String> lines) {
        return offence.line().filter(line -> !lines.contains(line)).isPresent();
    }

    /** A conduct crime needs a course of conduct; a breach of an order needs only one act (CRR26 p.52). */
    static boolean isConductCrime(ReportedOffence offence) {
        return offence.classification().courseOfConduct() && !BreachesOfCourtOrders.isBreach(offence);
    }

    /** The level named by the offence line, if the order lists it. */
    static Optional<Level> listedLevelOf(ReportedOffence conductOffence) {
        return LEVELS.stream().filter(level -> conductOffence.onAnyOf(level.offenceLines())).findFirst();
    }

    /** The level by line, else by class (its most serious line), else the last level, which takes in least. */
    static Level levelOf(ReportedOffence conductOffence) {
        return listedLevelOf(conductOffence).orElseGet(() -> LEVELS.stream()
                .filter(level -> level.classesReadAtThisLevel().contains(conductOffence.classification().code()))
                .findFirst()
                .orElse(LEVELS.get(LEVELS.size() - 1)));
    }
}
