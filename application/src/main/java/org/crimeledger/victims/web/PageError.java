package org.crimeledger.victims.web;

/** One error for the GOV.UK error summary: the field it links to and the message. (serializable: flash attributes live in the session, kept in the database). */
record PageError(String field, String message) implements java.io.Serializable {
}
