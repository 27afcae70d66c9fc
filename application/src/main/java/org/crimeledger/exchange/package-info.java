/**
 * CSV in and out: data.police.uk files and other systems' extracts, with a finding for every rejected row.
 */
package org.crimeledger.exchange;
