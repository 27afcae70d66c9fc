package org.crimeledger.audit.internal;

import org.crimeledger.ledger.RecordSnapshots;
import org.crimeledger.ledger.TableSnapshots;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit tables the ledger verifier checks against their latest entries. */
@Configuration(proxyBeanMethods = false)
class AuditLedgerTables {

    @Bean
    RecordSnapshots auditPlanSnapshots() {
        return new TableSnapshots("audit_plan");
    }

    @Bean
    RecordSnapshots auditJudgementSnapshots() {
        return new TableSnapshots("audit_judgement");
    }
}
