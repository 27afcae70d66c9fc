package org.crimeledger.victims.web;

/** One error for the GOV.UK error summary: the field it links to and the message. */
record PageError(String field, String message) {
}
