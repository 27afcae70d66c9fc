package org.crimeledger.reliability.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached (a restart, a fail-over), every request fails fast with 503 and
 * {@code Retry-After} instead of a 500: problem+json for the API, a short page for people. It sits outside the
 * session filter, whose sessions live in the same database. The pool gives up on a connection after
 * {@code spring.datasource.hikari.connection-timeout}, and reconnects by itself once the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final Problems problems;

    DatabaseUnavailableFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!databaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {} -> 503: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            response.reset();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            String detail = "The database cannot be reached at the moment. Try again in " + RETRY_AFTER_SECONDS
                    + " seconds (an API write with the same Idempotency-Key, so that it is made once).";
            if (wantsPage(request)) {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(page(detail));
            } else {
                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail, null);
            }
        }
    }

    /** Whether the failure, or anything that caused it, says the database is out of reach. */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    // a commit or rollback that failed for want of its connection
                    || cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException) {
                return true;
            }
            // 08: connection exception; 57P01-57P03: the server is shutting down or starting up
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String page(String detail) {
        return """
                <!DOCTYPE html>
                <html lang="en" class="govuk-template"><head><meta charset="utf-8">
                <title>Sorry, the service is unavailable - crimeledger</title>
                <link rel="stylesheet" href="/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css">
                <link rel="stylesheet" href="/css/crimeledger.css"></head>
                <body class="govuk-template__body"><main class="govuk-main-wrapper govuk-width-container" id="main-content">
                <h1 class="govuk-heading-l">Sorry, the service is unavailable</h1>
                <p class="govuk-body">%s</p></main></body></html>
                """.formatted(detail);
    }
}
