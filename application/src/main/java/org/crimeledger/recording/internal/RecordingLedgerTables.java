package org.crimeledger.recording.internal;

import org.crimeledger.ledger.RecordSnapshots;
import org.crimeledger.ledger.TableSnapshots;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The recording tables the ledger verifier checks against their latest entries. */
@Configuration(proxyBeanMethods = false)
class RecordingLedgerTables {

    @Bean
    RecordSnapshots recordingDecisionSnapshots() {
        return new TableSnapshots("recording_decision");
    }

    @Bean
    RecordSnapshots victimSnapshots() {
        return new TableSnapshots("victim");
    }

    @Bean
    RecordSnapshots crimeSnapshots() {
        return new TableSnapshots("crime");
    }

    @Bean
    RecordSnapshots suspectSnapshots() {
        return new TableSnapshots("suspect");
    }

    @Bean
    RecordSnapshots reclassificationSnapshots() {
        return new TableSnapshots("crime_reclassification");
    }

    @Bean
    RecordSnapshots removalSnapshots() {
        return new TableSnapshots("crime_removal");
    }
}
