/**
 * Command line: the one executable's subcommands (serve, create-admin, and the batch tools later capabilities add).
 */
package org.crimeledger.cli;
