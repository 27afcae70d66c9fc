package org.crimeledger.reliability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLException;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import tools.jackson.databind.json.JsonMapper;

/** While the database is out of reach, requests get 503 with Retry-After; other failures are left alone. */
class DatabaseUnavailableTests {

    final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(new Problems(JsonMapper.builder().build()));

    @Test
    void anApiRequestGetsProblemJsonWithRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/incidents");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setHeader("Location", "/api/v1/incidents/DS-1");

        filter.doFilter(request, response, failing(new CannotGetJdbcConnectionException("Failed to obtain JDBC "
                + "Connection", new SQLException("Connection to localhost:5432 refused", "08001"))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader("Location")).isNull();
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503").contains("Idempotency-Key")
                .doesNotContain("localhost");
    }

    @Test
    void aPageRequestGetsAPage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/incidents");
        request.addHeader("Accept", "text/html,application/xhtml+xml");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, failing(new CannotCreateTransactionException("no connection",
                new ConnectException("Connection refused"))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains("Sorry, the service is unavailable");
    }

    @Test
    void aServerShuttingDownCountsAsUnavailable() {
        assertThat(DatabaseUnavailableFilter.databaseUnavailable(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void aRollbackThatLostItsConnectionCountsAsUnavailable() {
        assertThat(DatabaseUnavailableFilter.databaseUnavailable(new org.springframework.transaction
                .TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void otherFailuresAreNotDisguisedAs503() {
        RuntimeException constraint = new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505"));
        assertThat(DatabaseUnavailableFilter.databaseUnavailable(constraint)).isFalse();
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/incidents"),
                new MockHttpServletResponse(), failing(constraint))).isSameAs(constraint);
    }

    private static FilterChain failing(RuntimeException failure) {
        return (request, response) -> {
            throw failure;
        };
    }
}
