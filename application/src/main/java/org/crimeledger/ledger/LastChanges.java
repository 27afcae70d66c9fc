package org.crimeledger.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Says what the latest change to a record was, from its ledger entry: who, when, which action and which fields.
 * A stale edit's 409 quotes it, so the person refused knows what someone else changed.
 */
@Service
public class LastChanges {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LastChanges(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** For example "IncidentUpdated by call.handler at 2026-11-27T10:05:00Z, changing decision_status". */
    public Optional<String> describe(String recordType, long recordId) {
        return jdbc.sql("select " + LedgerEntry.COLUMNS + " from ledger_entry where record_type = :type"
                        + " and record_id = :id order by sequence desc limit 1")
                .param("type", recordType).param("id", Long.toString(recordId))
                .query(LedgerEntry::read).optional()
                .map(entry -> entry.action() + " by " + entry.actor() + " at " + entry.recordedAt()
                        + changedFields(entry.before(), entry.after()));
    }

    private String changedFields(String before, String after) {
        if (before == null || after == null) {
            return "";
        }
        JsonNode old = json.readTree(before);
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : json.readTree(after).properties()) {
            if (!"version".equals(field.getKey()) && !field.getValue().equals(old.get(field.getKey()))) {
                fields.add(field.getKey());
            }
        }
        return fields.isEmpty() ? "" : ", changing " + String.join(", ", fields);
    }
}
