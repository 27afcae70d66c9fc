package org.crimeledger.standards;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgerAppend;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The applied reference versions, their differences, and rolling back the latest one. */
@Service
public class ReferenceVersions {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Ledger ledger;

    ReferenceVersions(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock, Ledger ledger) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Every version, newest first; rolled-back versions stay listed and marked. */
    public List<ReferenceVersion> all() {
        return jdbc.sql("select * from reference_version order by id desc").query(ReferenceVersion.class).list();
    }

    public Optional<ReferenceVersion> find(int id) {
        return jdbc.sql("select * from reference_version where id = :id").param("id", id)
                .query(ReferenceVersion.class).optional();
    }

    /** What the version changed against the list in force before it, classes first. */
    public List<ReferenceChange> changes(int id) {
        return jdbc.sql("""
                select subject, change, code, description from reference_change where version_id = :id
                order by case subject when 'class' then 0 else 1 end,
                         case change when 'added' then 0 when 'amended' then 1 else 2 end, ordinal""")
                .param("id", id).query(ReferenceChange.class).list();
    }

    /**
     * Rolls back the latest imported version that is not already rolled back: it stays listed, marked, and the
     * version before it is in force again. Records already given a class that only it named keep that class.
     *
     * @return the version rolled back; empty when only the built-in table is applied
     */
    public Optional<ReferenceVersion> rollBackLatest(String by) {
        return transactions.execute(status -> {
            jdbc.sql("select id from reference_version where financial_year is null for update").query(Integer.class).list();
            Optional<Integer> latest = jdbc.sql("""
                    select id from reference_version where financial_year is not null and rolled_back_at is null
                    order by id desc limit 1""").query(Integer.class).optional();
            latest.ifPresent(id -> {
                String before = ledger.snapshot("reference_version", id).orElseThrow();
                jdbc.sql("update reference_version set rolled_back_at = :at, rolled_back_by = :by where id = :id")
                        .param("at", Timestamp.from(clock.instant())).param("by", by).param("id", id).update();
                ledger.append(new LedgerAppend(by, ReferenceImport.ADMINISTRATOR, "ReferenceVersionRolledBack",
                        "reference_version", Integer.toString(id), "Rolled back; the version before it is in force again",
                        before, ledger.snapshot("reference_version", id).orElseThrow()));
            });
            return latest.flatMap(this::find);
        });
    }
}
