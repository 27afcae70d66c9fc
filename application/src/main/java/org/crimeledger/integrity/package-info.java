/**
 * Gaming signatures: indicators per team, period and force, outlier tests and the pictures that show them.
 */
package org.crimeledger.integrity;
