package org.crimeledger.incidents.internal;

import org.crimeledger.ledger.RecordSnapshots;
import org.crimeledger.ledger.TableSnapshots;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incident tables the ledger verifier checks against their latest entries. */
@Configuration(proxyBeanMethods = false)
class IncidentLedgerTables {

    @Bean
    RecordSnapshots incidentSnapshots() {
        return new TableSnapshots("incident");
    }

    @Bean
    RecordSnapshots incidentUpdateSnapshots() {
        return new TableSnapshots("incident_update");
    }
}
