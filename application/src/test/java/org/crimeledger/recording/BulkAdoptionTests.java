package org.crimeledger.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.crimeledger.DatabaseTest;
import org.crimeledger.incidents.Channel;
import org.crimeledger.incidents.Incident;
import org.crimeledger.incidents.Incidents;
import org.crimeledger.incidents.OpenIncident;
import org.crimeledger.incidents.ReporterRelation;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgerVerifier;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows loaded in bulk show as unledgered until adopted, and adoption chains them like any other entry. */
@DatabaseTest
class BulkAdoptionTests {

    @Autowired
    Incidents incidents;

    @Autowired
    Ledger ledger;

    @Autowired
    LedgerVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void bulkLoadedRowsAreFoundThenAdoptedIntoAnIntactChain() {
        Actor handler = Actor.system("test-handler", Role.CALL_HANDLER);
        Incident incident = incidents.open(new OpenIncident(Instant.now().minus(1, ChronoUnit.HOURS),
                Channel.ONLINE, "Bulk Reporter", ReporterRelation.WITNESS, "Park Lane", null, null, "ASB_NUISANCE",
                "RESPONSE-A", "Loud music every night"), handler);
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                    insert into incident_update (incident_id, written_at, author, author_role, text, discloses_crime)
                    values (:id, now(), 'loader', 'ADMIN', 'Loaded "in bulk", with a comma', false)""")
                    .param("id", incident.id()).update();
        }
        assertThat(verifier.verify().intact()).as("unledgered rows are found").isFalse();

        Long adopted = transactions.execute(status -> ledger.adoptUnledgered("incident_update",
                Actor.system("bulk-loader", Role.ADMIN), "LoadedInBulk"));

        assertThat(adopted).isEqualTo(3);
        assertThat(verifier.verify().intact()).isTrue();
        Long again = transactions.execute(status -> ledger.adoptUnledgered("incident_update",
                Actor.system("bulk-loader", Role.ADMIN), "LoadedInBulk"));
        assertThat(again).as("nothing left to adopt").isZero();
    }
}
