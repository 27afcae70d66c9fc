package org.crimeledger.audit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crimeledger.database.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads judgements and works out which one counts for each sampled item. */
@Component
class JudgementRecords {

    private final JdbcClient jdbc;

    JudgementRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every judgement of a plan's items, by item, in review order. */
    Map<Long, List<Judgement>> forPlan(long planId) {
        Map<Long, List<Judgement>> byItem = new LinkedHashMap<>();
        jdbc.sql("""
                select j.* from audit_judgement j join audit_sample_item s on s.id = j.item_id
                where s.plan_id = ? order by j.item_id, j.id""")
                .param(planId)
                .query((rs, row) -> new Judgement(rs.getLong("id"), rs.getLong("item_id"),
                        Review.valueOf(rs.getString("review")), rs.getInt("should_have_been_recorded"),
                        rs.getInt("recorded"), Arrays.asList((String[]) rs.getArray("expected_classifications").getArray()),
                        (Boolean) rs.getObject("correctly_classified"), (Boolean) rs.getObject("recorded_on_time"),
                        (Boolean) rs.getObject("victim_informed"), (Boolean) rs.getObject("decision_correct"),
                        rs.getString("note"), rs.getString("reviewer"), rs.getString("reviewer_role"),
                        Timestamps.instant(rs, "judged_at")))
                .list()
                .forEach(judgement -> byItem.computeIfAbsent(judgement.itemId(), id -> new java.util.ArrayList<>())
                        .add(judgement));
        return byItem;
    }

    static Optional<Judgement> of(List<Judgement> judgements, Review review) {
        return judgements.stream().filter(j -> j.review() == review).findFirst();
    }

    static ReviewState state(List<Judgement> judgements) {
        Optional<Judgement> first = of(judgements, Review.FIRST);
        Optional<Judgement> second = of(judgements, Review.SECOND);
        if (of(judgements, Review.ARBITRATION).isPresent()) {
            return ReviewState.ARBITRATED;
        }
        if (first.isEmpty()) {
            return ReviewState.NOT_REVIEWED;
        }
        if (second.isEmpty()) {
            return ReviewState.REVIEWED;
        }
        return first.get().differsFrom(second.get()) ? ReviewState.DISAGREED : ReviewState.AGREED;
    }

    /** The judgement the estimate uses: the arbitration, else the first review once nobody disputes it. */
    static Optional<Judgement> counted(List<Judgement> judgements) {
        return switch (state(judgements)) {
            case ARBITRATED -> of(judgements, Review.ARBITRATION);
            case REVIEWED, AGREED -> of(judgements, Review.FIRST);
            default -> Optional.empty();
        };
    }
}
