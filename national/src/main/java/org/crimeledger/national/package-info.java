/**
 * National runs on Apache Spark: the data-quality checks, the integrity indicators and their tests over many forces'
 * exports and the data.police.uk files, with the definitions the application runs (docs/scale-out.md).
 */
package org.crimeledger.national;
