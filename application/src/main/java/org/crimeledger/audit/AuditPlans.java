package org.crimeledger.audit;

import java.security.SecureRandom;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crimeledger.ForceProperties;
import org.crimeledger.audit.internal.PopulationQueries;
import org.crimeledger.database.Timestamps;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.security.Actor;
import org.crimeledger.statistics.PlanningAssumptions;
import org.crimeledger.statistics.SampleSize;
import org.crimeledger.statistics.SampleSizePlanning;
import org.crimeledger.statistics.SeededSample;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates audit plans: reads the population for the period, computes the sample sizes from the target
 * precision, stores the plan with its seed and draws the sample, all in one transaction, so a plan never
 * exists without its sample. The same plan and seed over the same records always draw the same incidents.
 */
@Service
public class AuditPlans {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final PopulationQueries populations;
    private final Ledger ledger;
    private final Clock clock;
    private final ForceProperties force;
    private final JudgementRecords judgements;
    private final SecureRandom seeds = new SecureRandom();

    AuditPlans(JdbcClient jdbc, JdbcTemplate batch, PopulationQueries populations, Ledger ledger, Clock clock,
               ForceProperties force, JudgementRecords judgements) {
        this.judgements = judgements;
        this.jdbc = jdbc;
        this.batch = batch;
        this.populations = populations;
        this.ledger = ledger;
        this.clock = clock;
        this.force = force;
    }

    @Transactional
    public AuditPlan create(NewAuditPlan request, Actor actor) {
        check(request);
        if (request.extractImportId() != null && jdbc.sql("select count(*) from interchange_import where id = ?")
                .param(request.extractImportId()).query(Long.class).single() == 0) {
            throw unprocessable("extractImportId", request.extractImportId(), "There is no imported extract "
                    + request.extractImportId() + ": choose one of the extracts imported");
        }
        PlanningAssumptions assumptions;
        try {
            assumptions = new PlanningAssumptions(request.expectedRate(), request.targetHalfWidth(), request.confidence(),
                    request.designEffect(), request.crimesPerIncident());
        } catch (IllegalArgumentException refused) {
            throw unprocessable("targetHalfWidth", request.targetHalfWidth(), refused.getMessage());
        }
        Long extract = request.extractImportId();
        Map<String, long[]> population = extract == null
                ? populations.incidentsByStratum(request.population(), request.periodFrom(), request.periodTo(),
                        request.stratified(), force.timeZone())
                : populations.importedIncidentsByStratum(request.population(), extract, request.periodFrom(),
                        request.periodTo(), request.stratified(), force.timeZone());
        if (population.isEmpty()) {
            throw unprocessable("periodFrom", request.periodFrom(), "No incidents of the population '"
                    + request.population().label() + "' were received from " + request.periodFrom() + " to "
                    + request.periodTo() + (extract == null ? "" : " in imported extract " + extract)
                    + ": there is nothing to sample");
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        population.forEach((code, ids) -> sizes.put(code, (long) ids.length));
        Map<String, SampleSize> plan;
        try {
            plan = request.stratified()
                    ? SampleSizePlanning.forStrata(sizes, assumptions, Map.of())
                    : Map.of("all", SampleSizePlanning.forPopulation(sizes.get("all"), assumptions));
        } catch (IllegalArgumentException refused) {
            throw unprocessable("targetHalfWidth", request.targetHalfWidth(), refused.getMessage());
        }
        long seed = request.seed() != null ? request.seed() : seeds.nextLong();
        String working = working(plan);
        if (request.stratified()) {
            long total = sizes.values().stream().mapToLong(Long::longValue).sum();
            working = "overall:\n  " + String.join("\n  ", SampleSizePlanning.forPopulation(total, assumptions).working())
                    + "\n" + working;
        }
        if (extract != null) {
            working = "drawn from imported extract " + extract + " (interchange_incident, by line in incidents.csv)\n"
                    + working;
        }
        long id = insertPlan(request, assumptions, seed, working, actor);
        List<Object[]> items = new ArrayList<>();
        plan.forEach((code, size) -> {
            jdbc.sql("insert into audit_stratum (plan_id, code, population_incidents, sample_size) values (?, ?, ?, ?)")
                    .params(id, code, size.populationIncidents(), size.incidents()).update();
            for (long incident : SeededSample.draw(population.get(code), size.incidents(), seed)) {
                items.add(new Object[] {id, code, incident});
            }
        });
        if (extract == null) {
            batch.batchUpdate("insert into audit_sample_item (plan_id, stratum, incident_id) values (?, ?, ?)", items);
        } else {
            // the imported incidents were drawn by their line in incidents.csv; the item names them by reference
            batch.batchUpdate("insert into audit_sample_item (plan_id, stratum, imported_incident_ref) "
                    + "select ?, ?, incident_ref from interchange_incident where import_id = " + extract + " and line = ?",
                    items);
        }
        ledger.recordChange(LedgeredChange.created(actor, "AUDIT_PLANNED", "audit_plan", id,
                "Sample of " + items.size() + " incidents drawn with seed " + seed));
        return find(id).orElseThrow();
    }

    public Optional<AuditPlan> find(long id) {
        List<AuditPlan.Stratum> strata = jdbc.sql(
                        "select code, population_incidents, sample_size from audit_stratum where plan_id = ? order by code")
                .param(id)
                .query((rs, row) -> new AuditPlan.Stratum(rs.getString(1), rs.getLong(2), rs.getInt(3))).list();
        return jdbc.sql("select * from audit_plan where id = ?").param(id)
                .query((rs, row) -> new AuditPlan(rs.getLong("id"), rs.getString("name"),
                        AuditPopulation.valueOf(rs.getString("population")), rs.getObject("period_from", java.time.LocalDate.class),
                        rs.getObject("period_to", java.time.LocalDate.class), rs.getBoolean("stratified"),
                        rs.getDouble("target_half_width"), rs.getDouble("expected_rate"), rs.getDouble("confidence"),
                        rs.getDouble("design_effect"), rs.getDouble("crimes_per_incident"), rs.getLong("seed"),
                        (Long) rs.getObject("recorded_crime_twelve_months"), rs.getString("working"),
                        rs.getString("created_by"), Timestamps.instant(rs, "created_at"),
                        (Long) rs.getObject("extract_import_id"), strata))
                .optional();
    }

    /** The imported interchange extracts an audit can sample, newest first. */
    public List<ImportedExtract> importedExtracts() {
        return jdbc.sql("""
                select x.id, x.folder, x.imported_at,
                       (select count(*) from interchange_incident i where i.import_id = x.id) as incidents
                from interchange_import x order by x.id desc limit 200""")
                .query((rs, row) -> new ImportedExtract(rs.getLong("id"), rs.getString("folder"),
                        Timestamps.instant(rs, "imported_at"), rs.getLong("incidents")))
                .list();
    }

    public AuditPlan require(long id) {
        return find(id).orElseThrow(() -> InvalidRequestException.unknown("planId", id, "audit plan"));
    }

    public List<AuditPlan> all() {
        return jdbc.sql("select id from audit_plan order by id desc limit 200").query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
    }

    /**
     * The sampled incidents with how far each review has gone. An imported incident has no identifier of the force's
     * own (0), its reference in the extract, and "CRIME_RELATED" or "NOT_CRIME_RELATED" for its type.
     */
    public List<SampleItem> sample(long planId) {
        Map<Long, List<Judgement>> judged = judgements.forPlan(planId);
        return jdbc.sql("""
                select s.id, s.stratum, coalesce(s.incident_id, 0), coalesce(i.reference, s.imported_incident_ref),
                       coalesce(i.opening_type,
                                case when x.crime_related then 'CRIME_RELATED' else 'NOT_CRIME_RELATED' end)
                from audit_sample_item s
                join audit_plan p on p.id = s.plan_id
                left join incident i on i.id = s.incident_id
                left join interchange_incident x on x.import_id = p.extract_import_id
                                                and x.incident_ref = s.imported_incident_ref
                where s.plan_id = ? order by s.stratum, s.incident_id, x.line""")
                .param(planId)
                .query((rs, row) -> new SampleItem(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), JudgementRecords.state(judged.getOrDefault(rs.getLong(1), List.of()))))
                .list();
    }

    private long insertPlan(NewAuditPlan request, PlanningAssumptions assumptions, long seed, String working, Actor actor) {
        return jdbc.sql("""
                insert into audit_plan (name, population, period_from, period_to, stratified, target_half_width,
                    expected_rate, confidence, design_effect, crimes_per_incident, seed, recorded_crime_twelve_months,
                    working, created_by, created_at, extract_import_id)
                values (:name, :population, :from, :to, :stratified, :halfWidth, :rate, :confidence, :designEffect,
                    :perIncident, :seed, :recorded, :working, :by, :at, :extract) returning id""")
                .param("extract", request.extractImportId(), Types.BIGINT)
                .param("name", request.name().strip()).param("population", request.population().name())
                .param("from", request.periodFrom()).param("to", request.periodTo())
                .param("stratified", request.stratified()).param("halfWidth", assumptions.halfWidth())
                .param("rate", assumptions.expectedRate()).param("confidence", assumptions.confidence())
                .param("designEffect", assumptions.designEffect()).param("perIncident", assumptions.crimesPerIncident())
                .param("seed", seed).param("recorded", request.recordedCrimeTwelveMonths(), Types.BIGINT)
                .param("working", working).param("by", actor.username())
                .param("at", Timestamps.of(clock.instant()))
                .query(Long.class).single();
    }

    private static String working(Map<String, SampleSize> plan) {
        StringBuilder text = new StringBuilder();
        plan.forEach((code, size) -> {
            text.append(code).append(": ").append(size.incidents()).append(" of ").append(size.populationIncidents())
                    .append(" incidents\n");
            size.working().forEach(line -> text.append("  ").append(line).append('\n'));
        });
        return text.toString();
    }

    private static void check(NewAuditPlan request) {
        if (request.name() == null || request.name().isBlank()) {
            throw unprocessable("name", request.name(), "Give the audit a name");
        }
        if (request.population() == null) {
            throw unprocessable("population", null, "Choose the population to audit");
        }
        if (request.periodFrom() == null || request.periodTo() == null) {
            throw unprocessable(request.periodFrom() == null ? "periodFrom" : "periodTo", null,
                    "Give the first and last day of the audit period");
        }
        for (LocalDate day : List.of(request.periodFrom(), request.periodTo())) {
            if (day.getYear() < 1900 || day.getYear() > 2999) {
                throw unprocessable(day == request.periodFrom() ? "periodFrom" : "periodTo", day,
                        "The audit period must fall between the years 1900 and 2999");
            }
        }
        if (request.periodTo().isBefore(request.periodFrom())) {
            throw unprocessable("periodTo", request.periodTo(), "The audit period must end on or after "
                    + request.periodFrom());
        }
        if (request.extractImportId() != null && request.population().importedCondition() == null) {
            throw unprocessable("population", request.population(), "The population '" + request.population().label()
                    + "' cannot be drawn from an imported extract: the interchange format has no incident types "
                    + "beyond crime-related and no teams");
        }
        if (request.recordedCrimeTwelveMonths() != null && request.recordedCrimeTwelveMonths() < 0) {
            throw unprocessable("recordedCrimeTwelveMonths", request.recordedCrimeTwelveMonths(),
                    "Recorded crime for the 12 months cannot be negative");
        }
    }

    static InvalidRequestException unprocessable(String field, Object value, String reason) {
        return new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid audit request", field, value, reason);
    }
}
