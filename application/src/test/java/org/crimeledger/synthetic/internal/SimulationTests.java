package org.crimeledger.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.crimeledger.synthetic.RecordingPractice;
import org.crimeledger.synthetic.SyntheticForce;
import org.crimeledger.synthetic.Treatment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator without a database: determinism, and shares that follow the knobs within binomial tolerance. */
class SimulationTests {

    /** 60,000 incidents over a year: large enough for tight tolerances, about two seconds. */
    private static final SyntheticForce YEAR = SyntheticForce.demoshire().withIncidents(60_000);
    private static InMemoryForce year;

    @BeforeAll
    static void generateAYear() throws Exception {
        year = InMemoryForce.generate(YEAR);
    }

    @Test
    void theSameSeedAndSettingsGiveTheSameRowsByteForByte() throws Exception {
        SyntheticForce force = SyntheticForce.demoshire().withIncidents(3_000);

        assertThat(InMemoryForce.generate(force).digests).isEqualTo(InMemoryForce.generate(force).digests);
    }

    @Test
    void anotherSeedGivesOtherRows() throws Exception {
        SyntheticForce force = SyntheticForce.demoshire().withIncidents(3_000);

        assertThat(InMemoryForce.generate(force.withSeed(2014)).digests.get(Table.INCIDENT))
                .isNotEqualTo(InMemoryForce.generate(force).digests.get(Table.INCIDENT));
    }

    @Test
    void theDaysAddUpToExactlyTheIncidentsAskedFor() {
        ReportTimes times = new ReportTimes(LocalDate.of(2025, 4, 1), 365, 5_000_000);

        assertThat(IntStream.range(0, 365).map(times::count).sum()).isEqualTo(5_000_000);
        assertThat(year.rows(Table.INCIDENT)).isEqualTo(60_000);
        assertThat(year.rows(Table.SYNTHETIC_TRUTH)).isEqualTo(60_000);
    }

    @Test
    void aMetropolitanYearOfFiveMillionIncidentsRecordsAboutSevenHundredThousandCrimes() {
        double crimesPerIncident = (double) year.rows(Table.CRIME) / year.rows(Table.INCIDENT);

        assertThat(crimesPerIncident * SyntheticForce.METROPOLITAN_YEAR).isCloseTo(700_000, within(35_000.0));
    }

    @Test
    void aboutFourInTenIncidentsAreReportedAsPossibleCrimes() {
        long crimeRelated = year.truth.stream().filter(TruthRow::crimeRelated).count();

        assertThat((double) crimeRelated / year.truth.size()).isCloseTo(0.40, within(tolerance(0.40, year.truth.size())));
    }

    @Test
    void underRecordingFollowsTheKnobOfEachOffenceGroup() {
        RecordingPractice practice = YEAR.practice();
        for (String group : List.of("VIOLENCE_AGAINST_THE_PERSON", "SEXUAL_OFFENCES", "THEFT_OFFENCES")) {
            List<TruthRow> decided = year.truth.stream()
                    .filter(row -> row.decidedAndShouldRecord() && group.equals(row.principalGroup())).toList();
            double expected = practice.underRecording(group);

            assertThat(share(decided, Treatment.UNDER_RECORDED)).as(group)
                    .isCloseTo(expected, within(tolerance(expected, decided.size())));
        }
    }

    @Test
    void aboutOneCrimeInTenGoesUnrecordedOverall() {
        List<TruthRow> decided = year.truth.stream().filter(TruthRow::decidedAndShouldRecord).toList();

        assertThat(share(decided, Treatment.UNDER_RECORDED)).isCloseTo(0.10, within(tolerance(0.10, decided.size())));
    }

    @Test
    void lateDecisionsFollowTheKnob() {
        List<TruthRow> recorded = year.truth.stream()
                .filter(row -> row.decidedAndShouldRecord() && row.treatment() != Treatment.UNDER_RECORDED).toList();
        double late = YEAR.practice().lateDecision();

        assertThat(share(recorded, Treatment.RECORDED_LATE)).isCloseTo(late, within(tolerance(late, recorded.size())));
    }

    @Test
    void aboutOneCancellationInFiveIsWrong() {
        long wrong = year.truth.stream().filter(row -> row.treatment() == Treatment.WRONGLY_CANCELLED).count();
        long right = year.truth.stream().filter(row -> row.treatment() == Treatment.CORRECTLY_CANCELLED).count();

        assertThat((double) wrong / (wrong + right)).isCloseTo(0.2, within(tolerance(0.2, wrong + right)));
    }

    @Test
    void aFaultlessForceRecordsEveryCrimeItShouldAndNothingElse() throws Exception {
        InMemoryForce faultless = InMemoryForce.generate(
                YEAR.withIncidents(5_000).withPractice(RecordingPractice.faultless()));

        Map<Treatment, Long> treatments = faultless.truth.stream()
                .collect(Collectors.groupingBy(TruthRow::treatment, Collectors.counting()));
        assertThat(treatments).doesNotContainKeys(Treatment.UNDER_RECORDED, Treatment.RECORDED_LATE,
                Treatment.DOWNGRADED, Treatment.WRONGLY_CANCELLED, Treatment.CORRECTLY_CANCELLED);
        assertThat(faultless.truth).filteredOn(row -> row.treatment() == Treatment.RECORDED_CORRECTLY)
                .allMatch(row -> row.recordedCrimes() == row.classifications().size() && !row.late());
    }

    private static double share(List<TruthRow> rows, Treatment treatment) {
        return rows.stream().filter(row -> row.treatment() == treatment).count() / (double) rows.size();
    }

    /** Four standard errors of a binomial share: a false alarm about once in 15,000 runs (the seed is fixed anyway). */
    private static double tolerance(double p, long n) {
        return 4 * Math.sqrt(p * (1 - p) / n);
    }
}
