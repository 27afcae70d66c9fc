package org.crimeledger.compliance;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.crimeledger.compliance.internal.DatabaseRecordSets;
import org.crimeledger.database.Timestamps;
import org.crimeledger.rules.EntryScreening;
import org.crimeledger.rules.RecordSet;
import org.crimeledger.rules.RuleCatalogue;
import org.crimeledger.rules.RuleFinding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue at the point of entry for changes to records already held: the incident's record set is read as the
 * batch reads it, the change applied to it, and the findings the change adds (by rule and record) are returned.
 * The rules across incidents (possible duplicates) are left to the batch.
 */
@Component
class EntryScreeningService implements EntryScreening {

    private final DatabaseRecordSets recordSets;
    private final ComplianceSettings settings;
    private final JdbcClient jdbc;

    EntryScreeningService(DatabaseRecordSets recordSets, ComplianceSettings settings, JdbcClient jdbc) {
        this.recordSets = recordSets;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public List<RuleFinding> screen(long incidentId, UnaryOperator<RecordSet> change) {
        RecordSet held = recordSets.forIncident(incidentId);
        if (held == null) {
            return List.of();
        }
        RuleCatalogue.Run run = RuleCatalogue.start(settings.now());
        Set<String> before = new HashSet<>();
        run.checkEach(held).forEach(finding -> before.add(key(finding)));
        return run.checkEach(change.apply(held)).stream().filter(finding -> !before.contains(key(finding))).toList();
    }

    private static String key(RuleFinding finding) {
        return finding.code() + "|" + finding.recordKind() + "|" + finding.recordReference();
    }

    @Override
    public void acknowledge(long incidentId, List<RuleFinding> warnings, String reason, String username, String role,
            Instant at) {
        for (RuleFinding warning : warnings) {
            jdbc.sql("""
                    insert into rule_acknowledgement (incident_id, rule_code, detail, reason, acknowledged_by,
                        acknowledged_role, acknowledged_at) values (:incident, :code, :detail, :reason, :by, :role, :at)""")
                    .param("incident", incidentId).param("code", warning.code()).param("detail", warning.detail())
                    .param("reason", reason).param("by", username).param("role", role)
                    .param("at", Timestamps.of(at)).update();
        }
    }
}
