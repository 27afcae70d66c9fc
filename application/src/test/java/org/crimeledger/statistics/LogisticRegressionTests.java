package org.crimeledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LogisticRegressionTests {

    @Test
    void learnsThatAPhraseMarksTheItemsThatHideACrime() {
        Random random = new Random(3);
        List<TargetedRanking.Item> reviewed = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            boolean hides = random.nextDouble() < 0.2;
            String text = (hides && random.nextDouble() < 0.8 ? "he punched her in the face " : "neighbour dispute about noise ")
                    + (random.nextBoolean() ? "officers attended" : "advice given");
            reviewed.add(new TargetedRanking.Item(i, PhraseFeatures.terms(text, List.of()), hides));
        }
        TargetedRanking ranking = TargetedRanking.train(reviewed);

        List<TargetedRanking.Ranked> ranked = ranking.rank(List.of(
                new TargetedRanking.Item(1_001, PhraseFeatures.terms("noise complaint, advice given", List.of()), false),
                new TargetedRanking.Item(1_002, PhraseFeatures.terms("says he punched her", List.of()), false)));

        assertThat(ranked.get(0).id()).isEqualTo(1_002);
        assertThat(ranked.get(0).probability()).isGreaterThan(0.5);
        assertThat(ranked.get(0).reasons()).anyMatch(reason -> reason.contains("punched"));
        assertThat(ranked.get(1).probability()).isLessThan(0.5).isLessThan(ranked.get(0).probability() - 0.3);
    }

    @Test
    void captureCountsTheUnrecordedCrimesInTheTopShare() {
        List<TargetedRanking.Ranked> ranking = List.of(new TargetedRanking.Ranked(1, 0.9, List.of()),
                new TargetedRanking.Ranked(2, 0.5, List.of()), new TargetedRanking.Ranked(3, 0.1, List.of()),
                new TargetedRanking.Ranked(4, 0.0, List.of()));

        assertThat(TargetedRanking.capture(ranking, Map.of(1L, 2, 3L, 2), 0.25)).isEqualTo(0.5);
        assertThat(TargetedRanking.capture(ranking, Map.of(1L, 2, 3L, 2), 1.0)).isEqualTo(1.0);
    }

    @Test
    void termsAreWordsAndNeighbouringPairs() {
        assertThat(PhraseFeatures.terms("He punched her.", List.of("opening:ASB")))
                .isEqualTo(Set.of("opening:ASB", "punched", "her", "punched her"));
    }
}
