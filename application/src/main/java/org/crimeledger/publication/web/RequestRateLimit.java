package org.crimeledger.publication.web;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The police.uk-shaped API's request limit, as police.uk documents its own: a leaky bucket per client (the
 * signed-in user, else the client's address) that refills at {@code per-second} requests a second and holds
 * {@code burst}. A request beyond it is answered 429 with {@code Retry-After} (whole seconds until one request is
 * allowed again) and a problem+json body. Buckets idle for a minute are forgotten, so memory stays bounded by the
 * clients of the last minute.
 */
@Component
class RequestRateLimit implements HandlerInterceptor {

    private static final long FORGET_AFTER_NANOS = 60_000_000_000L;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RequestRateLimit(@Value("${crimeledger.publication.rate-limit.per-second:15}") double perSecond,
            @Value("${crimeledger.publication.rate-limit.burst:30}") double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        long waitSeconds = take(client(request), nanos());
        if (waitSeconds > 0) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "More than "
                    + (long) perSecond + " requests a second (bursts of " + (long) burst + ") from this client; try "
                    + "again in " + waitSeconds + " s");
            problem.setTitle("Too many requests");
            ErrorResponseException refusal = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
            refusal.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
            throw refusal;
        }
        return true;
    }

    /** Takes one request from the client's bucket: 0 if allowed, else the whole seconds to wait. */
    long take(String client, long now) {
        if (buckets.size() > 10_000) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.updated) / 1e9 * perSecond);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond));
        }
    }

    private void forgetIdle(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext();) {
            if (now - it.next().updated > FORGET_AFTER_NANOS) {
                it.remove();
            }
        }
    }

    private static long nanos() {
        return System.nanoTime();
    }

    private static String client(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !"anonymousUser".equals(authentication.getName())) {
            return "user:" + authentication.getName();
        }
        return "address:" + request.getRemoteAddr();
    }
}
