/**
 * Who may do what: sign-in, the roles of a force, users and their password hashes, and the access rules of every endpoint.
 */
package org.crimeledger.security;
