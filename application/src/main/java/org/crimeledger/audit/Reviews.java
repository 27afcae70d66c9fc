package org.crimeledger.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crimeledger.database.Timestamps;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records reviewers' judgements of sampled incidents: a first auditor, an independent second auditor, and the
 * Force Crime Registrar's arbitration where the two differ. Impossible judgements are refused with the field
 * at fault, and each accepted one is ledgered.
 */
@Service
public class Reviews {

    private final JdbcClient jdbc;
    private final JudgementRecords records;
    private final Ledger ledger;
    private final Clock clock;

    Reviews(JdbcClient jdbc, JudgementRecords records, Ledger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The sampled item for an incident, refused when the incident is not in the plan's sample. */
    public long itemFor(long planId, long incidentId) {
        return jdbc.sql("select id from audit_sample_item where plan_id = ? and incident_id = ?")
                .params(planId, incidentId).query(Long.class).optional()
                .orElseThrow(() -> new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Not in the sample",
                        "incidentId", incidentId, "Incident " + incidentId + " is not in the sample of audit plan " + planId
                        + "; only sampled incidents can be judged, so the estimate stays a random sample"));
    }

    /** The sampled item for an imported incident, refused when the item is not an imported incident of the plan. */
    public long importedItem(long planId, long itemId) {
        return jdbc.sql("select id from audit_sample_item where plan_id = ? and id = ? and imported_incident_ref is not null")
                .params(planId, itemId).query(Long.class).optional()
                .orElseThrow(() -> new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Not in the sample",
                        "itemId", itemId, "Item " + itemId + " is not an imported incident in the sample of audit plan "
                        + planId + "; only sampled incidents can be judged, so the estimate stays a random sample"));
    }

    public List<Judgement> judgementsOf(long planId, long incidentId) {
        long item = itemFor(planId, incidentId);
        return records.forPlan(planId).getOrDefault(item, List.of());
    }

    /** The judgements of an imported incident in the sample, by its sample item. */
    public List<Judgement> judgementsOfImported(long planId, long itemId) {
        return records.forPlan(planId).getOrDefault(importedItem(planId, itemId), List.of());
    }

    public Map<Long, List<Judgement>> judgements(long planId) {
        return records.forPlan(planId);
    }

    @Transactional
    public Judgement judge(long planId, long incidentId, JudgementRequest request, Actor actor) {
        return judgeItem(planId, itemFor(planId, incidentId), "incident " + incidentId, request, actor);
    }

    /** As {@link #judge}, for an imported incident of the sample named by its sample item. */
    @Transactional
    public Judgement judgeImported(long planId, long itemId, JudgementRequest request, Actor actor) {
        return judgeItem(planId, importedItem(planId, itemId), "imported incident (item " + itemId + ")", request, actor);
    }

    private Judgement judgeItem(long planId, long item, String what, JudgementRequest request, Actor actor) {
        List<Judgement> earlier = records.forPlan(planId).getOrDefault(item, List.of());
        checkNumbers(request);
        checkStage(request.review(), earlier, actor);
        List<String> classifications = request.expectedClassifications() == null ? List.of()
                : request.expectedClassifications().stream().map(String::strip).filter(code -> !code.isEmpty()).toList();
        checkClassifications(classifications, request.shouldHaveBeenRecorded());
        long id = jdbc.sql("""
                insert into audit_judgement (item_id, review, should_have_been_recorded, recorded, expected_classifications,
                    correctly_classified, recorded_on_time, victim_informed, decision_correct, note, reviewer,
                    reviewer_role, judged_at)
                values (:item, :review, :should, :recorded, :classifications, :classified, :onTime, :informed,
                    :decision, :note, :reviewer, :role, :at) returning id""")
                .param("item", item).param("review", request.review().name())
                .param("should", request.shouldHaveBeenRecorded()).param("recorded", request.recorded())
                .param("classifications", classifications.toArray(String[]::new))
                .param("classified", request.correctlyClassified(), java.sql.Types.BOOLEAN)
                .param("onTime", request.recordedOnTime(), java.sql.Types.BOOLEAN)
                .param("informed", request.victimInformed(), java.sql.Types.BOOLEAN)
                .param("decision", request.decisionCorrect(), java.sql.Types.BOOLEAN)
                .param("note", blankToNull(request.note()), java.sql.Types.VARCHAR)
                .param("reviewer", actor.username()).param("role", reviewerRole(request.review()).name())
                .param("at", Timestamps.of(clock.instant()))
                .query(Long.class).single();
        ledger.recordChange(LedgeredChange.created(actor, "AUDIT_JUDGED", "audit_judgement", id,
                request.review().name().toLowerCase(java.util.Locale.UK) + " review of " + what
                        + " in audit plan " + planId));
        return records.forPlan(planId).get(item).stream().filter(j -> j.id() == id).findFirst().orElseThrow();
    }

    private static Role reviewerRole(Review review) {
        return review == Review.ARBITRATION ? Role.CRIME_REGISTRAR : Role.AUDITOR;
    }

    private static void checkNumbers(JudgementRequest request) {
        if (request.review() == null) {
            throw refused("review", null, "Say whether this is the first review, the second or an arbitration");
        }
        if (request.shouldHaveBeenRecorded() == null || request.shouldHaveBeenRecorded() < 0) {
            throw refused("shouldHaveBeenRecorded", request.shouldHaveBeenRecorded(),
                    "Crimes that should have been recorded must be 0 or more");
        }
        if (request.recorded() == null || request.recorded() < 0) {
            throw refused("recorded", request.recorded(), "Crimes recorded must be 0 or more");
        }
        if (request.recorded() > request.shouldHaveBeenRecorded()) {
            throw refused("recorded", request.recorded(), "More crimes recorded (" + request.recorded()
                    + ") than should have been recorded (" + request.shouldHaveBeenRecorded()
                    + "): count only the crimes that should have been recorded and were");
        }
        if (request.shouldHaveBeenRecorded() > 50) {
            throw refused("shouldHaveBeenRecorded", request.shouldHaveBeenRecorded(),
                    "More than 50 crimes in one incident: check the count");
        }
        if (request.note() != null && request.note().length() > 4000) {
            throw refused("note", null, "A note can be at most 4,000 characters");
        }
    }

    private static void checkStage(Review review, List<Judgement> earlier, Actor actor) {
        Optional<Judgement> first = JudgementRecords.of(earlier, Review.FIRST);
        if (JudgementRecords.of(earlier, review).isPresent()) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Already judged", "review", review,
                    "This incident already has a " + review.name().toLowerCase(java.util.Locale.UK) + " review");
        }
        switch (review) {
            case FIRST -> {
                if (!actor.has(Role.AUDITOR)) {
                    throw forbidden("Only an auditor can review a sampled incident");
                }
            }
            case SECOND -> {
                if (!actor.has(Role.AUDITOR)) {
                    throw forbidden("Only an auditor can give a second review");
                }
                if (first.isEmpty()) {
                    throw refused("review", review, "A second review needs a first review to compare with");
                }
                if (first.get().reviewer().equals(actor.username())) {
                    throw refused("review", review, "The second review must be by a different auditor from the first");
                }
            }
            case ARBITRATION -> {
                if (!actor.forceCrimeRegistrar()) {
                    throw forbidden("Only the Force Crime Registrar arbitrates between reviewers");
                }
                if (JudgementRecords.state(earlier) != ReviewState.DISAGREED) {
                    throw refused("review", review, "Arbitration is for incidents whose two reviews disagree");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private void checkClassifications(List<String> codes, int should) {
        if (codes.size() > should) {
            throw refused("expectedClassifications", codes, codes.size() + " classifications given for " + should
                    + " crimes that should have been recorded");
        }
        for (String code : codes) {
            boolean known = jdbc.sql("select count(*) from offence_classification where code = ?").param(code)
                    .query(Long.class).single() > 0;
            if (!known) {
                throw refused("expectedClassifications", code, "'" + code + "' is not a Home Office offence classification");
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static InvalidRequestException refused(String field, Object value, String reason) {
        return new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid judgement", field, value, reason);
    }

    private static InvalidRequestException forbidden(String reason) {
        return new InvalidRequestException(HttpStatus.FORBIDDEN, "Not permitted", "review", null, reason);
    }
}
