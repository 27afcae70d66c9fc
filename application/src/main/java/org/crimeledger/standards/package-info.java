/**
 * Reference data of the Home Office Crime Recording Rules: offence classifications, outcome types, cancellation classes and police.uk categories.
 */
package org.crimeledger.standards;
