package org.crimeledger.exchange;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Runs the {@link QualityCheck}s over everything imported from data.police.uk and lists what they find, per force
 * and month. Each check is a {@link QualityQuery}, the definition the national Spark jobs run too. Read-only; each
 * call reads the data as it is now.
 */
@Service
public class DataQuality {

    private final JdbcClient jdbc;

    DataQuality(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<QualityFinding> findings() {
        List<QualityFinding> findings = new ArrayList<>();
        for (QualityQuery query : QualityQuery.values()) {
            findings.addAll(findings(query));
        }
        findings.sort(QualityFinding.ORDER);
        return findings;
    }

    List<QualityFinding> findings(QualityQuery query) {
        return jdbc.sql(query.sql()).params(query.parameters())
                .query((row, i) -> query.finding(column -> {
                    try {
                        return row.getObject(column);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })).list();
    }
}
