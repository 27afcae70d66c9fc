/**
 * Inspection-grade audit: plans, seeded samples, reviews and the recording-rate estimates an inspection would publish.
 */
package org.crimeledger.audit;
