package org.crimeledger.web;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;

/** What the database refuses in text that the web accepts, and how to say so. */
final class Texts {

    static final String NUL_REFUSED = "Text cannot contain the NUL character (U+0000): remove it and send again.";

    /** PostgreSQL's SQLSTATE for a byte sequence not valid in the database encoding, which a NUL is. */
    private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

    private Texts() {
    }

    static boolean isNulCharacterRefusal(DataIntegrityViolationException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && CHARACTER_NOT_IN_REPERTOIRE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
