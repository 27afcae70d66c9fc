package org.crimeledger.victims;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crimeledger.database.Timestamps;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.security.Actor;
import org.crimeledger.statistics.Proportion;
import org.crimeledger.victims.internal.CrimeFacts;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Victim satisfaction: survey responses and the "satisfied with the whole experience" rate by offence group
 * and quarter, with intervals, so a claim such as "nine victims in ten got a good service" comes with the
 * number surveyed and its uncertainty.
 */
@Service
public class Satisfaction {

    private final JdbcClient jdbc;
    private final CrimeFacts facts;
    private final RestrictedRecords restrictedRecords;
    private final Ledger ledger;
    private final Clock clock;

    Satisfaction(JdbcClient jdbc, CrimeFacts facts, RestrictedRecords restrictedRecords, Ledger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.restrictedRecords = restrictedRecords;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public long record(SurveyResponse response, Actor actor) {
        Long crimeId = response.crimeReference() == null ? null : jdbc.sql("select id from crime where reference = :r")
                .param("r", response.crimeReference().strip()).query(Long.class).optional().orElse(null);
        if (crimeId == null) {
            throw unknownCrime(response.crimeReference());
        }
        CrimeFacts.Facts crime = facts.forCrime(crimeId).orElseThrow();
        restrictedRecords.requireMaySee(actor, crime.restricted(), () -> unknownCrime(response.crimeReference()));
        if (crime.victimId() == null) {
            throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "No victim", "crimeReference",
                    response.crimeReference(), "This crime has no victim to survey");
        }
        requireScale("overall", response.overall(), true);
        requireScale("easeOfContact", response.easeOfContact(), false);
        requireScale("actionsTaken", response.actionsTaken(), false);
        requireScale("keptInformed", response.keptInformed(), false);
        requireScale("treatment", response.treatment(), false);
        LocalDate surveyed = response.surveyedOn();
        if (surveyed == null || surveyed.isAfter(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(1))
                || surveyed.isBefore(LocalDate.ofInstant(crime.recordedAt(), java.time.ZoneOffset.UTC))) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Survey date", "surveyedOn", surveyed,
                    "Give the survey date: on or after the crime was recorded, and not in the future");
        }
        long id = jdbc.sql("""
                insert into satisfaction_response (crime_id, surveyed_on, overall, ease_of_contact, actions_taken,
                    kept_informed, treatment, recorded_by, recorded_at)
                values (:crime, :on, :overall, :ease, :actions, :informed, :treatment, :by, :at) returning id""")
                .param("crime", crimeId).param("on", surveyed).param("overall", response.overall())
                .param("ease", response.easeOfContact()).param("actions", response.actionsTaken())
                .param("informed", response.keptInformed()).param("treatment", response.treatment())
                .param("by", actor.username()).param("at", Timestamps.of(clock.instant()))
                .query(Long.class).single();
        ledger.recordChange(LedgeredChange.created(actor, "SatisfactionSurveyed", "satisfaction_response", id, null));
        return id;
    }

    /**
     * The satisfied rate by offence group and quarter of the survey, plus "ALL" for the force, each with the
     * change from the same group's previous quarter in the range.
     */
    public List<SatisfactionRate> byGroupAndQuarter(LocalDate from, LocalDate to) {
        record Row(String group, String quarter, long satisfied, long surveyed) {
        }
        List<Row> rows = jdbc.sql("""
                select coalesce(oc.offence_group_code, 'ALL') as grp,
                       to_char(date_trunc('quarter', s.surveyed_on), 'YYYY-"Q"Q') as quarter,
                       count(*) filter (where s.overall <= :satisfied) as satisfied, count(*) as surveyed
                from satisfaction_response s join crime c on c.id = s.crime_id
                join offence_classification oc on oc.code = c.classification_code
                where s.surveyed_on between :from and :to
                group by grouping sets ((oc.offence_group_code, 2), (2)) order by 1, 2""")
                .param("satisfied", SurveyResponse.SATISFIED_AT_MOST).param("from", from).param("to", to)
                .query((rs, n) -> new Row(rs.getString("grp"), rs.getString("quarter"), rs.getLong("satisfied"),
                        rs.getLong("surveyed")))
                .list();
        Map<String, Proportion> previous = new HashMap<>();
        List<SatisfactionRate> rates = new ArrayList<>();
        for (Row row : rows) {
            Proportion satisfied = new Proportion(row.satisfied(), row.surveyed());
            Proportion before = previous.put(row.group(), satisfied);
            rates.add(new SatisfactionRate(row.group(), row.quarter(), satisfied,
                    before == null ? null : satisfied.changeSince(before)));
        }
        return rates;
    }

    private static void requireScale(String field, Integer value, boolean required) {
        if ((value == null && required) || (value != null && (value < 1 || value > 7))) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Answer out of range", field, value,
                    "Give an answer from 1 (completely satisfied) to 7 (completely dissatisfied)"
                            + (required ? "" : ", or leave it blank"));
        }
    }

    private static InvalidRequestException unknownCrime(String reference) {
        return new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown crime", "crimeReference",
                reference, "No crime has the reference '" + reference + "'");
    }
}
