/**
 * The crime-recording decision and crime records: one crime per victim, classification, the 24-hour clock, cancellation and transfer.
 */
package org.crimeledger.recording;
