package org.crimeledger.reliability.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Safe retries of API writes. A write sent with an {@code Idempotency-Key} runs inside one transaction that
 * first claims the key (per user) and, before committing, stores the response; the client hears nothing until
 * that commit. A retry with the same key then gets the stored response back ({@code Idempotent-Replayed: true})
 * and writes nothing; a concurrent duplicate waits on the key's row and is answered the same way; a refused
 * request (4xx) or a failure stores nothing, so its retry runs afresh. The same key with a different request
 * is refused with 422.
 *
 * <p>The write's own short transactions (such as reserving references) still commit on their own, so a keyed
 * request can hold two connections at once: at most half the pool's worth of keyed writes run together, so
 * they can never wait on each other for a connection.
 */
@Component
@Order(0) // after Spring Security, which names the user the key belongs to
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotentRequests requests;
    private final PlatformTransactionManager transactions;
    private final Problems problems;
    private final Semaphore permits;

    IdempotencyFilter(IdempotentRequests requests, PlatformTransactionManager transactions, Problems problems,
            DataSource dataSource) {
        this.requests = requests;
        this.transactions = transactions;
        this.problems = problems;
        int pool = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : 10;
        this.permits = new Semaphore(Math.max(1, pool / 2), true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !WRITES.contains(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!SANE_KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
                    "An Idempotency-Key is 1 to 255 printable ASCII characters without spaces", HEADER);
            return;
        }
        if (user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        BufferedBodyRequest buffered = new BufferedBodyRequest(request);
        byte[] fingerprint = fingerprint(buffered);
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while waiting to run a keyed write", e);
        }
        try {
            handle(buffered, response, chain, user.getName(), key, fingerprint);
        } finally {
            permits.release();
        }
    }

    private void handle(BufferedBodyRequest request, HttpServletResponse response, FilterChain chain, String user,
            String key, byte[] fingerprint) throws ServletException, IOException {
        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            if (!requests.claim(user, key, fingerprint, request.getMethod(), request.getRequestURI())) {
                Optional<StoredResponse> first = requests.find(user, key);
                transactions.rollback(transaction);
                replayOrRefuse(request, response, first.orElseThrow(), fingerprint);
                return;
            }
            ContentCachingResponseWrapper buffer = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, buffer);
            int status = buffer.getStatus();
            if (status >= 400 || transaction.isRollbackOnly()) {
                transactions.rollback(transaction);
                if (status < 400) {
                    throw new IllegalStateException("The write was rolled back but answered " + status);
                }
            } else {
                requests.complete(user, key, status, buffer.getContentType(), buffer.getHeader(HttpHeaders.LOCATION),
                        buffer.getContentAsByteArray());
                transactions.commit(transaction); // a failing commit rolls back by itself
            }
            buffer.copyBodyToResponse();
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            if (!transaction.isCompleted()) {
                try {
                    transactions.rollback(transaction);
                } catch (RuntimeException rollbackFailed) {
                    // the connection is usually gone: the failure that caused it is the one to report
                    failure.addSuppressed(rollbackFailed);
                }
            }
            throw failure;
        }
    }

    private void replayOrRefuse(HttpServletRequest request, HttpServletResponse response, StoredResponse first,
            byte[] fingerprint) throws IOException {
        if (!Arrays.equals(first.requestSha256(), fingerprint)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
                    "This Idempotency-Key was first used for a different request; use a new key for a new request",
                    HEADER);
            return;
        }
        response.setStatus(first.status());
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        response.setHeader(REPLAYED, "true");
        response.getOutputStream().write(first.body());
    }

    private static byte[] fingerprint(BufferedBodyRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(request.body());
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
