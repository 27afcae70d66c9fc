package org.crimeledger.compliance;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crimeledger.compliance.internal.DatabaseRecordSets;
import org.crimeledger.database.Timestamps;
import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.ledger.PersonalDataAccessLog.Shown;
import org.crimeledger.rules.RuleCatalogue;
import org.crimeledger.rules.RuleDefinition;
import org.crimeledger.rules.RuleFinding;
import org.crimeledger.rules.RuleSettings;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow.Reader;
import org.crimeledger.security.NeedToKnow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batch: runs the whole catalogue over every record set the database holds and stores the findings, all in one
 * repeatable-read transaction, so a run reads one consistent moment and is stored whole or not at all. Findings are
 * queried and exported from the latest run.
 */
@Service
public class ComplianceRuns {

    /** The purpose logged for restricted incidents shown on the findings page. */
    public static final String FINDINGS_PURPOSE = "Rule findings";
    /** The purpose logged for restricted incidents in the findings CSV export. */
    public static final String EXPORT_PURPOSE = "Rule findings CSV";

    private static final int INSERT_BATCH = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DatabaseRecordSets recordSets;
    private final ComplianceSettings settings;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final NeedToKnow needToKnow;
    private final PersonalDataAccessLog accessLog;

    ComplianceRuns(JdbcClient jdbc, JdbcTemplate template, DatabaseRecordSets recordSets, ComplianceSettings settings,
            Clock clock, PlatformTransactionManager transactionManager, NeedToKnow needToKnow,
            PersonalDataAccessLog accessLog) {
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.needToKnow = needToKnow;
        this.template = template;
        this.recordSets = recordSets;
        this.settings = settings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Runs the catalogue over everything now and stores its findings as a new run. */
    public RuleRun runNow(String startedBy) {
        return transactions.execute(status -> run(startedBy));
    }

    private RuleRun run(String startedBy) {
        Instant started = clock.instant();
        RuleSettings ruleSettings = settings.now();
        long runId = jdbc.sql("""
                insert into rule_run (started_at, finished_at, as_of, started_by, incidents_checked, errors, warnings,
                    information) values (:at, :at, :asOf, :by, 0, 0, 0, 0) returning id""")
                .param("at", Timestamps.of(started)).param("asOf", Timestamps.of(ruleSettings.asOf()))
                .param("by", startedBy).query(Long.class).single();
        RuleCatalogue.Run catalogue = RuleCatalogue.start(ruleSettings);
        long[] counts = new long[4];
        List<Object[]> rows = new ArrayList<>(INSERT_BATCH);
        recordSets.forEachChunk(chunk -> {
            for (DatabaseRecordSets.Loaded loaded : chunk) {
                counts[0]++;
                for (RuleFinding finding : catalogue.check(loaded.records())) {
                    counts[1 + finding.severity().ordinal()]++;
                    rows.add(new Object[] {runId, finding.code(), finding.severity().name(), loaded.incidentId(),
                            finding.incidentReference(), finding.recordKind(), finding.recordReference(),
                            finding.detail()});
                    if (rows.size() == INSERT_BATCH) {
                        insert(rows);
                    }
                }
            }
        });
        insert(rows);
        jdbc.sql("""
                update rule_run set finished_at = :at, incidents_checked = :incidents, errors = :errors,
                    warnings = :warnings, information = :information where id = :id""")
                .param("at", Timestamps.of(clock.instant())).param("incidents", counts[0]).param("errors", counts[1])
                .param("warnings", counts[2]).param("information", counts[3]).param("id", runId).update();
        return run(runId).orElseThrow();
    }

    private void insert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            template.batchUpdate("""
                    insert into rule_finding (run_id, rule_code, severity, incident_id, incident_reference, record_kind,
                        record_reference, detail) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            rows.clear();
        }
    }

    public Optional<RuleRun> latest() {
        return jdbc.sql("select * from rule_run order by id desc limit 1").query(ComplianceRuns::runRow).optional();
    }

    Optional<RuleRun> run(long id) {
        return jdbc.sql("select * from rule_run where id = :id").param("id", id).query(ComplianceRuns::runRow).optional();
    }

    /**
     * Findings of the latest run matching the filter, by rule then incident, at most {@code limit}; findings on
     * restricted incidents only for those who may see them ({@link NeedToKnow}). Each restricted incident the
     * findings name, and each restricted crime a finding is about, is logged as read, once, with the purpose (the page
     * or the export): a finding names them and says what is wrong with them.
     */
    public List<StoredFinding> findings(FindingFilter filter, int limit, Actor actor, String purpose) {
        List<StoredFinding> found = latest().map(run -> query(run.id(), filter, limit, needToKnow.reader(actor)))
                .orElse(List.<StoredFinding>of());
        List<Long> incidents = found.stream().map(StoredFinding::incidentId).distinct().toList();
        List<String> crimes = found.stream().filter(finding -> "crime".equals(finding.recordKind()))
                .map(StoredFinding::recordReference).filter(java.util.Objects::nonNull).distinct().toList();
        if (!incidents.isEmpty()) {
            List<Shown> restricted = jdbc.sql("select 'incident', i.reference from incident i"
                            + " where i.id = any(cast(:ids as bigint[])) and " + NeedToKnow.restrictedIncidentSql("i")
                            + " union all select 'crime', c.reference from crime c"
                            + " join offence_classification o on o.code = c.classification_code"
                            + " where c.reference = any(cast(:crimes as text[])) and "
                            + NeedToKnow.restrictedCrimeSql("c", "o"))
                    .param("ids", incidents.toArray(Long[]::new)).param("crimes", crimes.toArray(String[]::new))
                    .query((rs, row) -> new Shown(rs.getString(1), rs.getString(2))).list();
            accessLog.recordShown(actor.username(), actor.role().name(), restricted, purpose);
        }
        return found;
    }

    /** The number of findings of each rule in the latest run, in catalogue order. */
    public Map<String, Long> countsByRule() {
        Map<String, Long> counts = latest().map(run -> jdbc.sql("""
                select rule_code, count(*) as n from rule_finding where run_id = :run group by rule_code""")
                .param("run", run.id()).query((rs, row) -> Map.entry(rs.getString("rule_code"), rs.getLong("n"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).orElse(Map.of());
        Map<String, Long> ordered = new LinkedHashMap<>();
        RuleCatalogue.definitions().forEach(rule -> ordered.put(rule.code(), counts.getOrDefault(rule.code(), 0L)));
        return ordered;
    }

    /** Writes the latest run's findings matching the filter as CSV. */
    public void exportCsv(FindingFilter filter, Writer writer, Actor actor) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader("rule_code", "severity",
                "incident_reference", "record_kind", "record_reference", "detail", "rule_title").get())) {
            for (StoredFinding finding : findings(filter, Integer.MAX_VALUE, actor, EXPORT_PURPOSE)) {
                printer.printRecord(finding.ruleCode(), finding.severity(), finding.incidentReference(),
                        finding.recordKind(), finding.recordReference(), finding.detail(),
                        RuleCatalogue.definition(finding.ruleCode()).map(RuleDefinition::title).orElse(""));
            }
        }
    }

    private List<StoredFinding> query(long runId, FindingFilter filter, int limit, Reader reader) {
        List<String> familyCodes = filter.family() == null ? null : RuleCatalogue.definitions().stream()
                .filter(rule -> rule.family().name().equals(filter.family())).map(RuleDefinition::code).toList();
        StringBuilder sql = new StringBuilder("select * from rule_finding where run_id = :run");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("run", runId);
        if (filter.ruleCode() != null) {
            sql.append(" and rule_code = :code");
            params.put("code", filter.ruleCode());
        }
        if (filter.severity() != null) {
            sql.append(" and severity = :severity");
            params.put("severity", filter.severity());
        }
        if (familyCodes != null) {
            sql.append(familyCodes.isEmpty() ? " and false" : " and rule_code in (:family)");
            params.put("family", familyCodes);
        }
        if (filter.incidentReference() != null) {
            sql.append(" and incident_reference = :incident");
            params.put("incident", filter.incidentReference());
        }
        if (!reader.seesRestricted()) {
            sql.append(" and exists (select 1 from incident i where i.id = rule_finding.incident_id and ")
                    .append(NeedToKnow.incidentVisibleSql("i")).append(')');
            params.put("reader", reader.username());
            params.put("seesRestricted", false);
        }
        sql.append(" order by rule_code, incident_id, id limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> new StoredFinding(rs.getLong("id"),
                rs.getString("rule_code"), rs.getString("severity"), rs.getLong("incident_id"),
                rs.getString("incident_reference"), rs.getString("record_kind"), rs.getString("record_reference"),
                rs.getString("detail"))).list();
    }

    private static RuleRun runRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RuleRun(rs.getLong("id"), Timestamps.instant(rs, "started_at"), Timestamps.instant(rs, "finished_at"),
                Timestamps.instant(rs, "as_of"), rs.getString("started_by"), rs.getLong("incidents_checked"),
                rs.getLong("errors"), rs.getLong("warnings"), rs.getLong("information"));
    }
}
