package org.crimeledger.ledger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A record type that exists only in the tamper tests' context (a {@code @TestConfiguration} is never
 * component-scanned), so no other test sees these records or their findings.
 */
@TestConfiguration(proxyBeanMethods = false)
class LedgerTestRecords {

    static final String TABLE = "ledger_test_record";

    @Bean
    RecordSnapshots ledgerTestRecords() {
        return new RecordSnapshots() {
            @Override
            public String recordType() {
                return TABLE;
            }

            @Override
            public String currentStateSql() {
                return "select id::text as record_id, to_jsonb(r) as state from " + TABLE + " r";
            }
        };
    }

    @Bean
    TamperBench tamperBench(Ledger ledger, JdbcClient jdbc) {
        return new TamperBench(ledger, jdbc);
    }
}
