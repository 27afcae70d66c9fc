/**
 * Running as several instances without losing or doubling anything: scheduled jobs that run once across
 * instances, safe retries of API writes ({@code Idempotency-Key}) and a fast 503 while the database is down.
 */
package org.crimeledger.reliability;
