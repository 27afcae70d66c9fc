package org.crimeledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The inspectorate's published figures (../shared/data/reference/hmicfrs_cdi_published_figures.csv, read in
 * place and skipped when absent): the counts-based 2014 rates reproduced exactly, and for every published
 * rate-and-interval pair the sample our interval would need to give that half-width, and the unrecorded
 * crime estimate and its interval from the published rate.
 */
class PublishedFiguresTests {

    private static final Path FIGURES = Path.of("../shared/data/reference/hmicfrs_cdi_published_figures.csv");

    @Test
    void reproducesTheCountsBasedRatesOf2014() throws IOException {
        List<CSVRecord> rows = rows();
        assertRate(rows, "Sussex", "2014", 157, 133, 111);
        assertRate(rows, "Devon and Cornwall", "2014", 120, 117, 98);
    }

    @Test
    void eachPublishedHalfWidthNeedsAboutTheSampleTheNormalApproximationImplies() throws IOException {
        System.out.println("force | report | rate | published +/- | crimes our interval needs | SRS normal n | "
                + "plan size (N=10M) | our +/- at that size");
        int pairs = 0;
        for (CSVRecord row : rows()) {
            for (String group : List.of("overall", "violence")) {
                String rate = row.get(group + "_rate_pct");
                String pm = row.get(group + "_ci_pm_pct");
                if (rate.isBlank() || pm.isBlank()) {
                    continue;
                }
                double p = Double.parseDouble(rate) / 100;
                double halfWidth = Double.parseDouble(pm) / 100;
                int needed = smallestSampleGiving(p, halfWidth);
                double normal = 1.959963984540054 * 1.959963984540054 * p * (1 - p) / (halfWidth * halfWidth);
                SampleSize plan = SampleSizePlanning.forPopulation(10_000_000,
                        new PlanningAssumptions(p, halfWidth, 0.95, 1, 1));
                double achieved = estimateAt(p, plan.incidents()).halfWidth();
                System.out.printf(Locale.UK, "%s | %s %s | %.2f | %.2f | %,d | %,.0f | %,d | %.2f%n", row.get("force"),
                        row.get("report"), group, p * 100, halfWidth * 100, needed, normal, plan.incidents(), achieved * 100);
                assertThat((double) needed).isCloseTo(normal, within(normal * 0.03));
                assertThat(achieved).isCloseTo(halfWidth, within(0.0003));
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(18);
    }

    @Test
    void unrecordedCrimeFromThePublishedRateWithItsInterval() throws IOException {
        System.out.println("force | rate | +/- | published unrecorded | R it implies | U interval from +/-");
        int checked = 0;
        for (CSVRecord row : rows()) {
            if (row.get("overall_rate_pct").isBlank() || row.get("overall_ci_pm_pct").isBlank()
                    || row.get("unrecorded_per_year_est").isBlank()) {
                continue;
            }
            double p = Double.parseDouble(row.get("overall_rate_pct")) / 100;
            double halfWidth = Double.parseDouble(row.get("overall_ci_pm_pct")) / 100;
            long published = Long.parseLong(row.get("unrecorded_per_year_est"));
            // R is not published with the figures; the R that makes U = R(1-p)/p read "over" the published figure.
            long impliedR = Math.round((published + 50) * p / (1 - p));
            RateEstimate asPublished = new RateEstimate(p, p - halfWidth, p + halfWidth, 0, 0, 0, 0, 1, "published");
            UnrecordedCrimes unrecorded = UnrecordedCrimes.from(asPublished, impliedR);
            System.out.printf(Locale.UK, "%s %s | %.2f | %.2f | over %,d | %,d | %,.0f to %,.0f%n", row.get("force"),
                    row.get("published"), p * 100, halfWidth * 100, published, impliedR, unrecorded.lower(), unrecorded.upper());
            assertThat(unrecorded.publishedAsOver()).isEqualTo(published);
            assertThat(unrecorded.lower()).isLessThan(published);
            assertThat(unrecorded.upper()).isGreaterThan(published + 100);
            checked++;
        }
        assertThat(checked).isEqualTo(11);
    }

    @Test
    void theForceTotalsBackSolvedInTheDomainReferenceGiveThePublishedUnrecordedFigures() {
        // domain.md 6.5: R back-solved (and rounded) for five forces; U = R(1-p)/p must come within 100 of the
        // published "over" figure (the rounding of R alone moves U by up to about 60).
        assertThat(unrecorded(0.836, 123_900)).isBetween(24_200.0, 24_400.0);
        assertThat(unrecorded(0.895, 805_500)).isBetween(94_400.0, 94_600.0);
        assertThat(unrecorded(0.838, 200_700)).isBetween(38_700.0, 38_900.0);
        assertThat(unrecorded(0.934, 34_000)).isBetween(2_300.0, 2_500.0);
        assertThat(unrecorded(0.938, 6_050)).isBetween(300.0, 500.0);
    }

    private static double unrecorded(double p, long r) {
        return UnrecordedCrimes.from(new RateEstimate(p, p, p, 0, 0, 0, 0, 1, "published"), r).estimate();
    }

    private static void assertRate(List<CSVRecord> rows, String force, String year, int incidents, int should, int recorded) {
        CSVRecord row = rows.stream().filter(r -> r.get("force").equals(force) && r.get("report").contains(year))
                .findFirst().orElseThrow();
        List<ReviewedIncident> sample = new ArrayList<>();
        for (int i = 0; i < incidents; i++) {
            sample.add(ReviewedIncident.of(i < should ? 1 : 0, i < recorded ? 1 : 0));
        }
        RateEstimate estimate = RatioEstimator.estimate(sample, 1_000_000);
        System.out.printf(Locale.UK, "%s %s: %d of %d = %s%n", force, year, recorded, should, estimate.asPercentages());
        assertThat(estimate.rate() * 100).isCloseTo(Double.parseDouble(row.get("overall_rate_pct")), within(0.05));
        assertThat(estimate.audited()).isEqualTo(should);
    }

    /** The fewest one-crime incidents at rate p whose logit interval is no wider than the published half-width. */
    private static int smallestSampleGiving(double p, double halfWidth) {
        int low = 10;
        int high = 100_000;
        while (low < high) {
            int mid = (low + high) / 2;
            if (estimateAt(p, mid).halfWidth() <= halfWidth) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The interval the estimator gives for n incidents of one crime each at rate p, from a population of 10 million. */
    private static RateEstimate estimateAt(double p, int n) {
        // The linearised variance of n one-crime incidents at rate p: (1 - n/N) p(1-p) / (n - 1).
        double se = Math.sqrt((1 - n / 1e7) * p * (1 - p) / (n - 1));
        double[] interval = Intervals.logit(p, se, Intervals.quantile95(n - 1));
        return new RateEstimate(p, interval[0], interval[1], n, Math.round(p * n), n, se, 1, "logit");
    }

    private static List<CSVRecord> rows() throws IOException {
        assumeTrue(Files.isReadable(FIGURES), "published figures not found at " + FIGURES.toAbsolutePath()
                + "; skipping the comparison with the inspectorate's figures");
        try (Reader reader = Files.newBufferedReader(FIGURES)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
