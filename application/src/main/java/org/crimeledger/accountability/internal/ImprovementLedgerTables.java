package org.crimeledger.accountability.internal;

import org.crimeledger.ledger.RecordSnapshots;
import org.crimeledger.ledger.TableSnapshots;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The accountability table the ledger verifier checks against its latest entries. */
@Configuration(proxyBeanMethods = false)
class ImprovementLedgerTables {

    @Bean
    RecordSnapshots improvementActionSnapshots() {
        return new TableSnapshots("improvement_action");
    }
}
