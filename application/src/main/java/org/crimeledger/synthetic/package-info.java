/**
 * The synthetic force Demoshire: seeded, deterministic incidents, decisions and crimes bulk-loaded with their ground truth.
 */
package org.crimeledger.synthetic;
