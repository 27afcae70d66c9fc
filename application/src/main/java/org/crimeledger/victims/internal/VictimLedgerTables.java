package org.crimeledger.victims.internal;

import org.crimeledger.ledger.RecordSnapshots;
import org.crimeledger.ledger.TableSnapshots;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The victims' tables the ledger verifier checks against their latest entries. Tasks are not among them:
 * they are opened in bulk as work items and only their closing is ledgered.
 */
@Configuration(proxyBeanMethods = false)
class VictimLedgerTables {

    @Bean
    RecordSnapshots victimContactSnapshots() {
        return new TableSnapshots("victim_contact");
    }

    @Bean
    RecordSnapshots contactPreferenceSnapshots() {
        return new TableSnapshots("victim_contact_preference");
    }

    @Bean
    RecordSnapshots needsAssessmentSnapshots() {
        return new TableSnapshots("victim_needs_assessment");
    }

    @Bean
    RecordSnapshots satisfactionSnapshots() {
        return new TableSnapshots("satisfaction_response");
    }
}
