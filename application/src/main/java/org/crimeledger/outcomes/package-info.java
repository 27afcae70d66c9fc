/**
 * Home Office outcome types applied to crimes, with the checks on out-of-court disposals, named suspects and authorisation.
 */
package org.crimeledger.outcomes;
