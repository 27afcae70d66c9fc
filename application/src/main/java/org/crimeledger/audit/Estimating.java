package org.crimeledger.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.crimeledger.statistics.GradeThresholds;
import org.crimeledger.statistics.RateEstimate;
import org.crimeledger.statistics.RatioEstimator;
import org.crimeledger.statistics.ReviewedIncident;
import org.crimeledger.statistics.UnrecordedCrimes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Computes an audit's estimates from the judgements that count (docs/statistics.md): the ratio estimator over
 * sampled incidents with each stratum weighted by its population; offence groups as domains of the whole
 * sample (incidents outside the group count as holding no crime of it, so the strata weights stay right);
 * the other measures as proportions of the items they apply to. Items not yet reviewed, or awaiting
 * arbitration, are left out and counted, so a partial audit says how partial it is.
 */
@Service
public class Estimating {

    private final AuditPlans plans;
    private final JudgementRecords records;
    private final JdbcClient jdbc;
    private final GradeThresholds thresholds;

    Estimating(AuditPlans plans, JudgementRecords records, JdbcClient jdbc,
               @Value("${crimeledger.audit.grade.outstanding:0.93}") double outstanding,
               @Value("${crimeledger.audit.grade.good:0.892}") double good,
               @Value("${crimeledger.audit.grade.requires-improvement:0.86}") double requiresImprovement) {
        this.plans = plans;
        this.records = records;
        this.jdbc = jdbc;
        this.thresholds = new GradeThresholds(outstanding, good, requiresImprovement);
    }

    private record Counted(SampleItem item, Judgement judgement) {
    }

    public AuditEstimates estimate(long planId) {
        AuditPlan plan = plans.require(planId);
        List<SampleItem> sample = plans.sample(planId);
        Map<Long, List<Judgement>> judged = records.forPlan(planId);
        List<Counted> counted = new ArrayList<>();
        int disagreements = 0;
        int twice = 0;
        for (SampleItem item : sample) {
            List<Judgement> judgements = judged.getOrDefault(item.id(), List.of());
            JudgementRecords.counted(judgements).ifPresent(j -> counted.add(new Counted(item, j)));
            Optional<Judgement> first = JudgementRecords.of(judgements, Review.FIRST);
            Optional<Judgement> second = JudgementRecords.of(judgements, Review.SECOND);
            if (first.isPresent() && second.isPresent()) {
                twice++;
                disagreements += first.get().differsFrom(second.get()) ? 1 : 0;
            }
        }
        Map<String, Long> population = new LinkedHashMap<>();
        plan.strata().forEach(s -> population.put(s.code(), s.populationIncidents()));
        Map<String, String[]> groups = classificationGroups();

        List<AuditEstimates.Line> rates = new ArrayList<>();
        rates.add(line("All crimes", counted, population, c -> true, Estimating::crimes));
        if (plan.stratified()) {
            for (AuditPlan.Stratum stratum : plan.strata()) {
                List<Counted> in = counted.stream().filter(c -> c.item().stratum().equals(stratum.code())).toList();
                rates.add(line("Stratum: " + stratum.code(), in, Map.of(stratum.code(), stratum.populationIncidents()),
                        c -> true, Estimating::crimes));
            }
        }
        rates.add(line("Violence against the person", counted, population,
                c -> hasGroup(c, groups, 0, "VIOLENCE_AGAINST_THE_PERSON"), Estimating::crimes));
        rates.add(line("Sexual offences", counted, population, c -> hasGroup(c, groups, 0, "SEXUAL_OFFENCES"),
                Estimating::crimes));
        rates.add(line("Rape", counted, population, c -> hasGroup(c, groups, 1, "Rape"), Estimating::crimes));
        rates.add(line("Domestic abuse", counted, population,
                c -> List.of("DOMESTIC_ABUSE", "DOMESTIC_INCIDENT").contains(c.item().openingType()), Estimating::crimes));

        List<AuditEstimates.Line> measures = new ArrayList<>();
        measures.add(proportion("Correctly classified", counted, population, Judgement::correctlyClassified));
        measures.add(proportion("Recorded within 24 hours", counted, population, Judgement::recordedOnTime));
        measures.add(proportion("Victim told of decisions", counted, population, Judgement::victimInformed));
        if (plan.population().decisionMeasure() != null) {
            measures.add(proportion(plan.population().decisionMeasure(), counted, population, Judgement::decisionCorrect));
        }
        AuditEstimates.Line overall = rates.get(0);
        UnrecordedCrimes unrecorded = overall.available() && plan.recordedCrimeTwelveMonths() != null
                && overall.estimate().rate() > 0
                ? UnrecordedCrimes.from(overall.estimate(), plan.recordedCrimeTwelveMonths()) : null;
        int awaitingArbitration = (int) sample.stream().filter(i -> i.state() == ReviewState.DISAGREED).count();
        int awaitingReview = (int) sample.stream().filter(i -> i.state() == ReviewState.NOT_REVIEWED).count();
        return new AuditEstimates(plan, sample.size(), counted.size(), awaitingReview, awaitingArbitration, rates,
                measures, unrecorded, overall.available() ? thresholds.grade(overall.estimate().rate()) : null,
                thresholds, twice, disagreements);
    }

    private static ReviewedIncident crimes(Counted c) {
        return new ReviewedIncident(c.item().stratum(), c.judgement().shouldHaveBeenRecorded(), c.judgement().recorded());
    }

    private static AuditEstimates.Line line(String label, List<Counted> counted, Map<String, Long> population,
                                            Predicate<Counted> inGroup, Function<Counted, ReviewedIncident> unit) {
        return line(label, counted, population, inGroup, unit, "No crimes of this kind found in the reviewed incidents yet");
    }

    private static AuditEstimates.Line line(String label, List<Counted> counted, Map<String, Long> population,
                                            Predicate<Counted> inGroup, Function<Counted, ReviewedIncident> unit,
                                            String noneYet) {
        if (counted.isEmpty()) {
            return new AuditEstimates.Line(label, null, "No reviewed incidents yet");
        }
        List<ReviewedIncident> sample = counted.stream()
                .map(c -> inGroup.test(c) ? unit.apply(c) : new ReviewedIncident(c.item().stratum(), 0, 0)).toList();
        try {
            return new AuditEstimates.Line(label, RatioEstimator.estimate(sample, population), null);
        } catch (IllegalArgumentException nothingToEstimate) {
            return new AuditEstimates.Line(label, null, noneYet);
        }
    }

    private static AuditEstimates.Line proportion(String label, List<Counted> counted, Map<String, Long> population,
                                                  Function<Judgement, Boolean> answer) {
        return line(label, counted, population, c -> answer.apply(c.judgement()) != null,
                c -> new ReviewedIncident(c.item().stratum(), 1, Boolean.TRUE.equals(answer.apply(c.judgement())) ? 1 : 0),
                "No reviewed incident has this question answered yet");
    }

    private static boolean hasGroup(Counted c, Map<String, String[]> groups, int column, String value) {
        return c.judgement().expectedClassifications().stream()
                .map(groups::get).anyMatch(g -> g != null && value.equals(g[column]));
    }

    private Map<String, String[]> classificationGroups() {
        Map<String, String[]> groups = new HashMap<>();
        jdbc.sql("select code, offence_group_code, coalesce(offence_subgroup, '') from offence_classification")
                .query((rs, row) -> groups.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)}))
                .list();
        return groups;
    }

    /** One row per judgement for the CSV download, with the item's stratum and incident. */
    public List<String[]> judgementRows(long planId) {
        List<String[]> rows = new ArrayList<>();
        Map<Long, List<Judgement>> judged = records.forPlan(planId);
        for (SampleItem item : plans.sample(planId)) {
            for (Judgement j : judged.getOrDefault(item.id(), List.of())) {
                rows.add(new String[] {String.valueOf(planId), item.incidentReference(), String.valueOf(item.incidentId()),
                        item.stratum(), j.review().name(), String.valueOf(j.shouldHaveBeenRecorded()),
                        String.valueOf(j.recorded()), String.join(" ", j.expectedClassifications()),
                        text(j.correctlyClassified()), text(j.recordedOnTime()), text(j.victimInformed()),
                        text(j.decisionCorrect()), j.reviewer(), j.judgedAt().toString(),
                        j.note() == null ? "" : j.note(),
                        JudgementRecords.counted(judged.get(item.id())).map(c -> c.id() == j.id()).orElse(false) ? "yes" : "no"});
            }
        }
        return rows;
    }

    public static final List<String> CSV_HEADER = List.of("plan_id", "incident_reference", "incident_id", "stratum",
            "review", "should_have_been_recorded", "recorded", "expected_classifications", "correctly_classified",
            "recorded_on_time", "victim_informed", "decision_correct", "reviewer", "judged_at", "note", "counted");

    private static String text(Boolean answer) {
        return answer == null ? "" : answer.toString();
    }
}
