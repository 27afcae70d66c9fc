package org.crimeledger.audit.web;

/** One error for the GOV.UK error summary: the field's id and the message. */
record PageError(String field, String message) {
}
