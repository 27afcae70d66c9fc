package org.crimeledger.audit.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crimeledger.security.NeedToKnow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The judgements export for someone without need-to-know (an analyst re-running the estimate): a judgement on a
 * restricted incident keeps its answers, so the estimate can still be recomputed from the file, but loses the
 * incident's reference and the reviewer's note.
 */
@Component
class RestrictedJudgements {

    static final int REFERENCE = 1;
    static final int INCIDENT_ID = 2;
    static final int NOTE = 14;
    static final String WITHHELD = "restricted";

    private final JdbcClient jdbc;

    RestrictedJudgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void hideRestricted(List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Long> ids = rows.stream().map(row -> Long.parseLong(row[INCIDENT_ID])).distinct().toList();
        Set<String> restricted = jdbc.sql("select i.id from incident i where i.id in (:ids) and "
                        + NeedToKnow.restrictedIncidentSql("i"))
                .param("ids", ids).query(Long.class).list().stream().map(String::valueOf).collect(Collectors.toSet());
        for (String[] row : rows) {
            if (restricted.contains(row[INCIDENT_ID])) {
                row[REFERENCE] = WITHHELD;
                row[NOTE] = "";
            }
        }
    }
}
