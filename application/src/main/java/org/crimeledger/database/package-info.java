/**
 * Where data lives: the embedded PostgreSQL default, or a PostgreSQL server named by the standard datasource settings.
 */
package org.crimeledger.database;
