/**
 * Shared web plumbing: GOV.UK page layout, role home pages, error pages, problem+json for the API and request correlation.
 */
package org.crimeledger.web;
