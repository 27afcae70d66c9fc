/** Applies the Crime Recording Rules catalogue: at the point of entry, in a scheduled batch with stored findings, and over interchange extracts. */
package org.crimeledger.compliance;
