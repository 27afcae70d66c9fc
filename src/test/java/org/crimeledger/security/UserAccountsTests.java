package org.crimeledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class UserAccountsTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void passwordsAreStoredAsBcryptHashesNeverInClear() {
        accounts.createAdministrator("hash.check", "Hash Check", "a-long-enough-secret");

        String stored = jdbc.sql("select password from users where username = 'hash.check'").query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("a-long-enough-secret");
        assertThat(jdbc.sql("select authority from authorities where username = 'hash.check'")
                .query(String.class).single()).isEqualTo("ROLE_ADMIN");
    }

    @Test
    void anExistingAccountIsNeverOverwritten() {
        accounts.createAdministrator("taken.name", "First", "first-long-password");

        assertThatThrownBy(() -> accounts.createAdministrator("taken.name", "Second", "second-long-password"))
                .hasMessageContaining("already exists");
        assertThat(accounts.displayName("taken.name")).isEqualTo("First");
    }

    @Test
    void aShortPasswordIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> accounts.createAdministrator("short.one", "Short", "abc"))
                .hasMessageContaining("at least 12 characters");
        assertThat(accounts.exists("short.one")).isFalse();
    }
}
