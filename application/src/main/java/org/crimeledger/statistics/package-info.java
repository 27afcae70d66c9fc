/**
 * Estimators with their uncertainty, as the inspectorate computes them; plain Java with no framework.
 */
package org.crimeledger.statistics;
