package org.crimeledger.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crimeledger.statistics.PhraseFeatures;
import org.crimeledger.statistics.TargetedRanking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where to look first, apart from the random sample: a logistic regression over narrative phrases and rule
 * facts (opening and closing type, the crime-recording decision), trained on the plan's counted judgements
 * (an incident "hides an unrecorded crime" when fewer crimes were recorded than should have been), ranks the
 * period's unsampled incidents of the plan's population. Nothing here touches the sample or the estimates.
 */
@Service
public class TargetedQueue {

    /** A ranked incident with the phrases that pushed it up. */
    public record Entry(long incidentId, String reference, double probability, List<String> reasons) {
    }

    /** The queue, or why there is none yet. */
    public record Queue(List<Entry> entries, int trainedOn, int positives, String note) {
    }

    private static final int MINIMUM_POSITIVES = 5;

    private final AuditPlans plans;
    private final JudgementRecords records;
    private final JdbcClient jdbc;

    TargetedQueue(AuditPlans plans, JudgementRecords records, JdbcClient jdbc) {
        this.plans = plans;
        this.records = records;
        this.jdbc = jdbc;
    }

    public Queue rank(long planId, int limit) {
        AuditPlan plan = plans.require(planId);
        Map<Long, Judgement> counted = new HashMap<>();
        Map<Long, List<Judgement>> judged = records.forPlan(planId);
        for (SampleItem item : plans.sample(planId)) {
            JudgementRecords.counted(judged.getOrDefault(item.id(), List.of()))
                    .ifPresent(j -> counted.put(item.incidentId(), j));
        }
        Map<Long, Set<String>> terms = new HashMap<>();
        Map<Long, String> references = new HashMap<>();
        jdbc.sql("""
                select i.id, i.reference, coalesce(string_agg(u.text, ' ' order by u.written_at), ''),
                       i.opening_type, coalesce(i.closing_type, 'open'), coalesce(d.kind, 'undecided')
                from incident i left join incident_update u on u.incident_id = i.id
                left join recording_decision d on d.incident_id = i.id
                where i.received_at >= cast(:from as date) and i.received_at < cast(:to as date) + 1
                """ + " and " + plan.population().condition() + " group by i.id, d.kind")
                .param("from", plan.periodFrom()).param("to", plan.periodTo())
                .query((rs, row) -> {
                    long id = rs.getLong(1);
                    references.put(id, rs.getString(2));
                    terms.put(id, PhraseFeatures.terms(rs.getString(3), List.of("opening:" + rs.getString(4),
                            "closing:" + rs.getString(5), "decision:" + rs.getString(6))));
                    return id;
                })
                .list();
        List<TargetedRanking.Item> reviewed = new ArrayList<>();
        List<TargetedRanking.Item> unreviewed = new ArrayList<>();
        Set<Long> sampled = new java.util.HashSet<>(plans.sample(planId).stream().map(SampleItem::incidentId).toList());
        terms.forEach((id, t) -> {
            Judgement judgement = counted.get(id);
            if (judgement != null) {
                reviewed.add(new TargetedRanking.Item(id, t, judgement.recorded() < judgement.shouldHaveBeenRecorded()));
            } else if (!sampled.contains(id)) {
                unreviewed.add(new TargetedRanking.Item(id, t, false));
            }
        });
        int positives = (int) reviewed.stream().filter(TargetedRanking.Item::hidesUnrecordedCrime).count();
        if (positives < MINIMUM_POSITIVES || reviewed.size() - positives < MINIMUM_POSITIVES) {
            return new Queue(List.of(), reviewed.size(), positives, "The ranking learns from reviewed incidents: it needs at least "
                    + MINIMUM_POSITIVES + " that hid an unrecorded crime and " + MINIMUM_POSITIVES + " that did not ("
                    + positives + " and " + (reviewed.size() - positives) + " so far)");
        }
        List<Entry> entries = TargetedRanking.train(reviewed).rank(unreviewed).stream().limit(limit)
                .map(r -> new Entry(r.id(), references.get(r.id()), r.probability(), r.reasons())).toList();
        return new Queue(entries, reviewed.size(), positives, null);
    }
}
