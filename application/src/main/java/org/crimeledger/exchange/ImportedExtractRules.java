package org.crimeledger.exchange;

import static org.crimeledger.database.Timestamps.instant;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.crimeledger.compliance.ComplianceSettings;
import org.crimeledger.rules.CancellationRecord;
import org.crimeledger.rules.CrimeRecord;
import org.crimeledger.rules.DecisionRecord;
import org.crimeledger.rules.IncidentRecord;
import org.crimeledger.rules.OffenceClass;
import org.crimeledger.rules.OffenceClasses;
import org.crimeledger.rules.OutcomeRecord;
import org.crimeledger.rules.ReclassificationRecord;
import org.crimeledger.rules.RecordSet;
import org.crimeledger.rules.RuleCatalogue;
import org.crimeledger.rules.RuleFinding;
import org.crimeledger.rules.RuleSettings;
import org.crimeledger.rules.VictimRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the Crime Recording Rules catalogue over an imported extract, as {@code crimeledger validate} does over the
 * files, a chunk of incidents at a time, and stores each rule finding with the file and line of the record it is
 * about (replacing the extract's earlier rule findings, in one transaction).
 */
@Service
public class ImportedExtractRules {

    private static final int CHUNK = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ComplianceSettings settings;

    ImportedExtractRules(JdbcClient jdbc, JdbcTemplate template, ComplianceSettings settings) {
        this.jdbc = jdbc;
        this.template = template;
        this.settings = settings;
    }

    /** The number of findings of each rule code. */
    @Transactional
    public Map<String, Long> check(long importId) {
        return check(importId, settings.now());
    }

    @Transactional
    public Map<String, Long> check(long importId, RuleSettings ruleSettings) {
        jdbc.sql("delete from interchange_import_finding where import_id = :id and code like 'CRR-%'")
                .param("id", importId).update();
        RuleCatalogue.Run catalogue = RuleCatalogue.start(ruleSettings);
        Map<String, Long> byCode = new TreeMap<>();
        String after = "";
        while (true) {
            Map<String, Parts> chunk = chunk(importId, after);
            if (chunk.isEmpty()) {
                return byCode;
            }
            List<Object[]> rows = new ArrayList<>();
            for (Parts parts : chunk.values()) {
                for (RuleFinding finding : catalogue.check(parts.records())) {
                    byCode.merge(finding.code(), 1L, Long::sum);
                    Object[] place = parts.place(finding);
                    rows.add(new Object[] {importId, place[0], place[1], finding.recordReference(), finding.code(),
                            finding.severity().name(), finding.rule().officerMessage() + " " + finding.detail()});
                }
            }
            template.batchUpdate("insert into interchange_import_finding (import_id, file_name, line, record, code, "
                    + "severity, message) values (?, ?, ?, ?, ?, ?, ?)", rows);
            after = chunk.keySet().stream().reduce((first, second) -> second).orElseThrow();
        }
    }

    private static final class Parts {
        IncidentRecord incident;
        long line;
        DecisionRecord decision;
        long decisionLine;
        final List<VictimRecord> victims = new ArrayList<>(1);
        final List<CrimeRecord> crimes = new ArrayList<>(1);
        final List<OutcomeRecord> outcomes = new ArrayList<>(0);
        final List<CancellationRecord> cancellations = new ArrayList<>(0);
        final List<ReclassificationRecord> reclassifications = new ArrayList<>(0);
        final Map<String, Long> lines = new HashMap<>();

        RecordSet records() {
            return new RecordSet(incident, decision, victims, crimes, outcomes, cancellations, reclassifications);
        }

        /** File and line of the record a finding is about. */
        Object[] place(RuleFinding finding) {
            String file = switch (finding.recordKind()) {
                case "decision" -> "decisions.csv";
                case "victim" -> "victims.csv";
                case "crime" -> "crimes.csv";
                case "outcome" -> "outcomes.csv";
                case "cancellation" -> "cancellations.csv";
                case "reclassification" -> "reclassifications.csv";
                default -> "incidents.csv";
            };
            long at = switch (file) {
                case "incidents.csv" -> line;
                case "decisions.csv" -> decisionLine;
                default -> lines.getOrDefault(file + " " + finding.recordReference(), 0L);
            };
            return new Object[] {file, at};
        }
    }

    private Map<String, Parts> chunk(long importId, String after) {
        Map<String, Parts> parts = new LinkedHashMap<>();
        jdbc.sql("""
                select * from interchange_incident where import_id = :id and incident_ref > :after
                order by incident_ref limit :chunk""").param("id", importId).param("after", after).param("chunk", CHUNK)
                .query((rs, n) -> {
                    Parts p = new Parts();
                    p.incident = new IncidentRecord(rs.getString("incident_ref"), instant(rs, "received_at"),
                            rs.getBoolean("crime_related"), rs.getString("reporter_relation"),
                            rs.getString("reported_classification"), instant(rs, "closed_at"));
                    p.line = rs.getLong("line");
                    parts.put(rs.getString("incident_ref"), p);
                    return null;
                }).list();
        if (parts.isEmpty()) {
            return parts;
        }
        String last = parts.keySet().stream().reduce((first, second) -> second).orElseThrow();
        String range = " import_id = :id and incident_ref > :after and incident_ref <= :last";
        jdbc.sql("select * from interchange_decision where" + range).param("id", importId).param("after", after)
                .param("last", last).query((rs, n) -> {
                    Parts p = parts.get(rs.getString("incident_ref"));
                    p.decision = new DecisionRecord(rs.getString("kind"), rs.getString("no_crime_reason"),
                            rs.getString("explanation"), rs.getString("n100_subcode"), rs.getString("transfer_force"),
                            instant(rs, "decided_at"));
                    p.decisionLine = rs.getLong("line");
                    return null;
                }).list();
        jdbc.sql("select * from interchange_victim where" + range + " order by line").param("id", importId)
                .param("after", after).param("last", last).query((rs, n) -> {
                    Parts p = parts.get(rs.getString("incident_ref"));
                    p.victims.add(new VictimRecord(rs.getString("victim_id"), rs.getString("person_key"),
                            rs.getObject("date_of_birth", java.time.LocalDate.class)));
                    p.lines.put("victims.csv " + rs.getString("victim_id"), rs.getLong("line"));
                    return null;
                }).list();
        Map<String, Parts> byCrime = new HashMap<>();
        jdbc.sql("select * from interchange_crime where" + range + " order by line").param("id", importId)
                .param("after", after).param("last", last).query((rs, n) -> {
                    Parts p = parts.get(rs.getString("incident_ref"));
                    String code = rs.getString("classification");
                    OffenceClass classification = OffenceClasses.find(code).orElse(new OffenceClass(code, false, false));
                    p.crimes.add(new CrimeRecord(rs.getString("crime_ref"), classification, list(rs.getArray("victim_ids")),
                            rs.getString("offender_group"), instant(rs, "offence_from"), instant(rs, "offence_to"),
                            instant(rs, "reported_at"), instant(rs, "recorded_at"), rs.getString("status"),
                            Set.copyOf(list(rs.getArray("flags"))), rs.getString("relationship"),
                            rs.getBoolean("named_suspect"), rs.getObject("suspect_date_of_birth", java.time.LocalDate.class),
                            rs.getString("mode_of_trial")));
                    p.lines.put("crimes.csv " + rs.getString("crime_ref"), rs.getLong("line"));
                    byCrime.put(rs.getString("crime_ref"), p);
                    return null;
                }).list();
        String ofCrimes = " x join interchange_crime c on c.import_id = x.import_id and c.crime_ref = x.crime_ref where "
                + "x.import_id = :id and c.incident_ref > :after and c.incident_ref <= :last order by x.line";
        jdbc.sql("select x.* from interchange_outcome" + ofCrimes).param("id", importId).param("after", after)
                .param("last", last).query((rs, n) -> {
                    Parts p = byCrime.get(rs.getString("crime_ref"));
                    p.outcomes.add(new OutcomeRecord(rs.getString("outcome_ref"), rs.getString("crime_ref"),
                            rs.getString("type"), instant(rs, "outcome_at"), rs.getString("authorised_rank"),
                            (Integer) rs.getObject("suspect_previous_offences")));
                    p.lines.put("outcomes.csv " + rs.getString("outcome_ref"), rs.getLong("line"));
                    return null;
                }).list();
        jdbc.sql("select x.* from interchange_cancellation" + ofCrimes).param("id", importId).param("after", after)
                .param("last", last).query((rs, n) -> {
                    Parts p = byCrime.get(rs.getString("crime_ref"));
                    p.cancellations.add(new CancellationRecord(rs.getString("cancellation_ref"), rs.getString("crime_ref"),
                            rs.getString("class"), rs.getString("additional_information"), rs.getString("decided_by"),
                            rs.getString("target_force"), rs.getString("target_force_reference"),
                            rs.getString("duplicate_of"), instant(rs, "victim_told_at"), instant(rs, "decided_at"),
                            rs.getString("status")));
                    p.lines.put("cancellations.csv " + rs.getString("cancellation_ref"), rs.getLong("line"));
                    return null;
                }).list();
        jdbc.sql("select x.* from interchange_reclassification" + ofCrimes).param("id", importId).param("after", after)
                .param("last", last).query((rs, n) -> {
                    Parts p = byCrime.get(rs.getString("crime_ref"));
                    p.reclassifications.add(new ReclassificationRecord(rs.getString("reclassification_ref"),
                            rs.getString("crime_ref"), rs.getString("from_class"), rs.getString("to_class"),
                            rs.getBoolean("downgrade"), rs.getString("reason"), rs.getString("decided_by"),
                            instant(rs, "decided_at"), rs.getString("status")));
                    p.lines.put("reclassifications.csv " + rs.getString("reclassification_ref"), rs.getLong("line"));
                    return null;
                }).list();
        return parts;
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
