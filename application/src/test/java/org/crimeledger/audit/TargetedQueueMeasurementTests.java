package org.crimeledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.crimeledger.DatabaseTest;
import org.crimeledger.statistics.PhraseFeatures;
import org.crimeledger.statistics.TargetedRanking;
import org.crimeledger.synthetic.Generating;
import org.crimeledger.synthetic.SyntheticForce;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The targeted queue measured against known truth: a synthetic force is generated (its {@code synthetic_truth}
 * says how many crimes each incident should have produced and how many were recorded), a random 30% of
 * incidents play the reviewed ones the model learns from, and the rest are ranked. The test prints the share
 * of all unrecorded crimes among the rest found by reviewing the top 10%, 20% and 30%, and requires the
 * ranking to beat reviewing at random (which finds 10%, 20% and 30%).
 */
@DatabaseTest
@TestPropertySource(properties = {"crimeledger.test.database=targeted-queue", "crimeledger.demo.synthetic-incidents=0"})
class TargetedQueueMeasurementTests {

    @Autowired
    Generating generating;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRankingFindsMoreUnrecordedCrimesThanReviewingAtRandom() {
        long seed = 6_006L;
        generating.generate(SyntheticForce.demoshire().withSeed(seed).withIncidents(6_000)
                .withPeriod(LocalDate.of(2025, 6, 1), 60));
        long run = jdbc.sql("select max(id) from synthetic_run where seed = ?").param(seed).query(Long.class).single();
        Map<Long, Set<String>> terms = new LinkedHashMap<>();
        Map<Long, Integer> unrecorded = new HashMap<>();
        jdbc.sql("""
                select i.id, coalesce(string_agg(u.text, ' ' order by u.written_at), '') as narrative,
                       i.opening_type, coalesce(i.closing_type, 'open'), coalesce(d.kind, 'undecided'),
                       case when t.should_record then greatest(cardinality(t.true_classifications) - t.recorded_crimes, 0)
                            else 0 end as unrecorded
                from synthetic_truth t join incident i on i.id = t.incident_id
                left join incident_update u on u.incident_id = i.id
                left join recording_decision d on d.incident_id = i.id
                where t.run_id = ? group by i.id, d.kind, t.should_record, t.true_classifications, t.recorded_crimes
                order by i.id""")
                .param(run)
                .query((rs, row) -> {
                    long id = rs.getLong(1);
                    terms.put(id, PhraseFeatures.terms(rs.getString(2), List.of("opening:" + rs.getString(3),
                            "closing:" + rs.getString(4), "decision:" + rs.getString(5))));
                    unrecorded.put(id, rs.getInt(6));
                    return id;
                })
                .list();

        Random random = new Random(seed);
        List<TargetedRanking.Item> reviewed = new ArrayList<>();
        List<TargetedRanking.Item> rest = new ArrayList<>();
        Map<Long, Integer> restTruth = new HashMap<>();
        terms.forEach((id, t) -> {
            boolean hides = unrecorded.get(id) > 0;
            if (random.nextDouble() < 0.3) {
                reviewed.add(new TargetedRanking.Item(id, t, hides));
            } else {
                rest.add(new TargetedRanking.Item(id, t, false));
                restTruth.put(id, unrecorded.get(id));
            }
        });
        List<TargetedRanking.Ranked> ranking = TargetedRanking.train(reviewed).rank(rest);

        double top10 = TargetedRanking.capture(ranking, restTruth, 0.10);
        double top20 = TargetedRanking.capture(ranking, restTruth, 0.20);
        double top30 = TargetedRanking.capture(ranking, restTruth, 0.30);
        System.out.printf(Locale.UK, "targeted queue: %d incidents, %d reviewed (%d hiding unrecorded crime), %d ranked "
                        + "holding %d unrecorded crimes in %d incidents; found in the top 1%%: %.1f%%, 2%%: %.1f%%, 5%%: %.1f%%, "
                        + "10%%: %.1f%%, 20%%: %.1f%%, 30%%: %.1f%%%n",
                terms.size(), reviewed.size(), reviewed.stream().filter(TargetedRanking.Item::hidesUnrecordedCrime).count(),
                rest.size(), restTruth.values().stream().mapToInt(Integer::intValue).sum(),
                restTruth.values().stream().filter(v -> v > 0).count(),
                TargetedRanking.capture(ranking, restTruth, 0.01) * 100, TargetedRanking.capture(ranking, restTruth, 0.02) * 100,
                TargetedRanking.capture(ranking, restTruth, 0.05) * 100, top10 * 100, top20 * 100, top30 * 100);
        System.out.println("targeted queue, top three with reasons: " + ranking.subList(0, 3));

        assertThat(top10).isGreaterThan(0.10);
        assertThat(top20).isGreaterThan(0.20).isGreaterThanOrEqualTo(top10);
        assertThat(top30).isGreaterThan(0.30).isGreaterThanOrEqualTo(top20);
        assertThat(ranking.get(0).reasons()).isNotEmpty();
    }
}
