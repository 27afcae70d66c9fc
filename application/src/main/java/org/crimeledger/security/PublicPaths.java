package org.crimeledger.security;

/**
 * Everything anyone may reach without signing in. Kept in one place so the access-rule test can
 * check that each public handler is public on purpose.
 */
public final class PublicPaths {

    /** Static assets, the sign-in page, error pages, published reference data and the API's documentation. */
    static final String[] WEB = {
        "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico",
        "/sign-in", "/error", "/reference-data", "/reference-data/**",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    /**
     * Reference data is public Home Office fact, open to the public like the rest of the open data; so are the
     * force's records as published in police.uk shapes (anonymised, months that have ended, rate-limited).
     */
    static final String[] API = {"/api/v1/reference/**", "/api/v1/publication/police-uk/**"};

    private PublicPaths() {
    }
}
