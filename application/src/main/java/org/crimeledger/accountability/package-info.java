/**
 * Inspection recommendations and areas for improvement as tracked actions with owners, due dates and evidence.
 */
package org.crimeledger.accountability;
