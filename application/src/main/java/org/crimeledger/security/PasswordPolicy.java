package org.crimeledger.security;

/**
 * The minimum a real account's password must meet; demo accounts are exempt because they exist
 * only on the embedded demo database.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;

    private PasswordPolicy() {
    }

    static void check(String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MINIMUM_LENGTH + " characters");
        }
    }
}
