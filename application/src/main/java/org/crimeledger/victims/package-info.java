/**
 * Victims and their Victims' Code entitlements: needs assessment, referral, updates, what is due and overdue.
 */
package org.crimeledger.victims;
