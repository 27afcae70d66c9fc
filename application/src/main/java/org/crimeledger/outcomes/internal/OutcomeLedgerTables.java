package org.crimeledger.outcomes.internal;

import org.crimeledger.ledger.RecordSnapshots;
import org.crimeledger.ledger.TableSnapshots;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outcomes table the ledger verifier checks against its latest entries. */
@Configuration(proxyBeanMethods = false)
class OutcomeLedgerTables {

    @Bean
    RecordSnapshots crimeOutcomeSnapshots() {
        return new TableSnapshots("crime_outcome");
    }
}
