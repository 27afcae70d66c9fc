package org.crimeledger.exchange;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the {@link QualityCheck}s over everything imported from data.police.uk and lists what they find, per force
 * and month. Each check is a {@link QualityQuery}, the definition the national Spark jobs run too. Read-only; each
 * call reads the data as it is now.
 *
 * <p>The checks run with PostgreSQL's JIT compilation off: the imported rows are partitioned by import (one
 * partition per file, hundreds nationally), and JIT compiles every partition's scan anew, which took a minute of
 * compiling per check over the four-month national set against seconds of work (docs/benchmarks.md).
 */
@Service
public class DataQuality {

    private final JdbcClient jdbc;

    DataQuality(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<QualityFinding> findings() {
        withoutJit();
        List<QualityFinding> findings = new ArrayList<>();
        for (QualityQuery query : QualityQuery.values()) {
            findings.addAll(findings(query));
        }
        findings.sort(QualityFinding.ORDER);
        return findings;
    }

    @Transactional(readOnly = true)
    List<QualityFinding> findings(QualityQuery query) {
        withoutJit();
        return jdbc.sql(query.sql()).params(query.parameters())
                .query((row, i) -> query.finding(column -> {
                    try {
                        return row.getObject(column);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                })).list();
    }

    /** For the rest of the transaction only. */
    private void withoutJit() {
        jdbc.sql("set local jit = off").update();
    }
}
