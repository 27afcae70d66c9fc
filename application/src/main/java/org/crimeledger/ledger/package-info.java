/**
 * The hash-chained, append-only history of every change to a record, its verifier, and the log of reads of personal data.
 */
package org.crimeledger.ledger;
