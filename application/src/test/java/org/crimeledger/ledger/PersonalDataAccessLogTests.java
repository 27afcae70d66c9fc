package org.crimeledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.crimeledger.DatabaseTest;
import org.crimeledger.web.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@DatabaseTest
class PersonalDataAccessLogTests {

    @Autowired
    PersonalDataAccessLog log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** A record id unique to this run, so the tests also pass on a server database that keeps earlier runs' rows. */
    private static String uniqueVictim() {
        return "test-" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aReadIsLoggedWithWhoWhenWhichRecordAndWhy() {
        String victim = uniqueVictim();
        PersonalDataAccess read = log.recordRead("test.victim-service", "VICTIM_SERVICE", "victim", victim,
                "  Victims' Code update call  ");

        assertThat(log.readsOf("victim", victim)).containsExactly(read);
        assertThat(read.purpose()).isEqualTo("Victims' Code update call");
        assertThat(Duration.between(read.accessedAt(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(log.recent(50)).contains(read);
    }

    @Test
    void aReadWithoutAStatedPurposeIsRefusedAndNotLogged() {
        String victim = uniqueVictim();

        assertThatThrownBy(() -> log.recordRead("test.officer", "OFFICER", "victim", victim, "  "))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("purpose"));
        assertThat(log.readsOf("victim", victim)).isEmpty();
    }

    @Test
    void theReadStaysLoggedWhenTheReadersTransactionRollsBack() {
        String victim = uniqueVictim();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.recordRead("test.officer", "OFFICER", "victim", victim, "Statement taking");
            status.setRollbackOnly();
        });

        assertThat(log.readsOf("victim", victim)).hasSize(1);
    }

    @Test
    void theLogCannotBeRewritten() {
        String victim = uniqueVictim();
        log.recordRead("test.officer", "OFFICER", "victim", victim, "Statement taking");

        assertThatThrownBy(() -> jdbc.sql("update personal_data_access set purpose = 'Curiosity' where record_id = :id")
                .param("id", victim).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
