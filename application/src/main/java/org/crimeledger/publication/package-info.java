/**
 * Published figures: police.uk-shaped read API and Home Office open-data tables, each count traced to its records.
 */
package org.crimeledger.publication;
