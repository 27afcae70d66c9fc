package org.crimeledger;

import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;

/**
 * Accounts for tests, one per role, created on whichever database the test runs against (demo
 * accounts exist only on the embedded database, so tests never rely on them).
 */
public final class TestUsers {

    public static final String PASSWORD = "test-password-1234";

    private TestUsers() {
    }

    public static String username(Role role) {
        return "test." + role.name().toLowerCase().replace('_', '-');
    }

    public static synchronized String ensure(UserAccounts accounts, Role role) {
        String username = username(role);
        if (!accounts.exists(username)) {
            accounts.create(username, "Test " + role.title(), "RESPONSE-A", PASSWORD, role);
        }
        return username;
    }
}
