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

    /** Names unique to this run, so the tests also pass on a server database that keeps earlier runs' rows. */
    private static String unique(String name) {
        return name + "." + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void passwordsAreStoredAsBcryptHashesNeverInClear() {
        String username = unique("hash.check");
        accounts.createAdministrator(username, "Hash Check", "a-long-enough-secret");

        String stored = jdbc.sql("select password from users where username = :u").param("u", username)
                .query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("a-long-enough-secret");
        assertThat(jdbc.sql("select authority from authorities where username = :u").param("u", username)
                .query(String.class).single()).isEqualTo("ROLE_ADMIN");
    }

    @Test
    void anExistingAccountIsNeverOverwritten() {
        String username = unique("taken.name");
        accounts.createAdministrator(username, "First", "first-long-password");

        assertThatThrownBy(() -> accounts.createAdministrator(username, "Second", "second-long-password"))
                .hasMessageContaining("already exists");
        assertThat(accounts.displayName(username)).isEqualTo("First");
    }

    @Test
    void aShortPasswordIsRefusedAndNothingIsWritten() {
        String username = unique("short.one");
        assertThatThrownBy(() -> accounts.createAdministrator(username, "Short", "abc"))
                .hasMessageContaining("at least 12 characters");
        assertThat(accounts.exists(username)).isFalse();
    }
}
