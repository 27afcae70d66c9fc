/**
 * The crime-recording rules as small named plain-Java classes, each with its official reference: the recording
 * time limit ({@link org.crimeledger.rules.RecordingClock}) and the counting rules
 * ({@link org.crimeledger.rules.CountingRules}); no framework.
 */
package org.crimeledger.rules;
