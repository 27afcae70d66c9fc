/**
 * The crime-recording rules as small named plain-Java classes, each with its official reference; no framework.
 */
package org.crimeledger.rules;
