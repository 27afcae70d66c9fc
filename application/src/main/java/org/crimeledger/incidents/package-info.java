/**
 * Incidents from call handling: reports, their narrative updates and their opening and closing categories.
 */
package org.crimeledger.incidents;
