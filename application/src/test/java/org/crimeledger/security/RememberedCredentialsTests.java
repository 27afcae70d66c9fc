package org.crimeledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.crimeledger.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class RememberedCredentialsTests {

    private final AtomicInteger checks = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final RememberedCredentials credentials = new RememberedCredentials(new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication attempt) {
            checks.incrementAndGet();
            if (!"right-password".equals(attempt.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_OFFICER")));
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    }, clock);

    @Test
    void aRightPasswordIsCheckedOnceWhileRemembered() {
        credentials.authenticate(attempt("right-password"));
        credentials.authenticate(attempt("right-password"));

        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsNeverRemembered() {
        credentials.authenticate(attempt("right-password"));

        assertThatThrownBy(() -> credentials.authenticate(attempt("wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> credentials.authenticate(attempt("wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void theMemoryLapsesSoAChangedPasswordTakesEffect() {
        credentials.authenticate(attempt("right-password"));
        clock.advance(RememberedCredentials.REMEMBER_FOR.plus(Duration.ofSeconds(1)));
        credentials.authenticate(attempt("right-password"));

        assertThat(checks).hasValue(2);
    }

    private static UsernamePasswordAuthenticationToken attempt(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("officer", password);
    }
}
