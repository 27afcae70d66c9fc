package org.crimeledger.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers, for a few minutes, that a username and password were right, so an API client sending
 * HTTP Basic on every request pays for one bcrypt check, not one per request (bcrypt is slow on
 * purpose: about 70 ms of CPU, which would cap the API at a few dozen requests a second).
 * Only a keyed hash of the credentials is kept, under a key made at start-up and never stored.
 * A changed password or disabled account takes effect within {@link #REMEMBER_FOR}.
 */
class RememberedCredentials implements AuthenticationProvider {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final AuthenticationProvider checker;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Authentication authentication, Instant until) {
    }

    RememberedCredentials(AuthenticationProvider checker, Clock clock) {
        this.checker = checker;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String fingerprint = fingerprint(authentication.getName(), String.valueOf(authentication.getCredentials()));
        Instant now = clock.instant();
        Remembered known = remembered.get(fingerprint);
        if (known != null && now.isBefore(known.until())) {
            return known.authentication();
        }
        Authentication checked = checker.authenticate(authentication);
        if (checked != null && checked.isAuthenticated()) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(fingerprint, new Remembered(checked, now.plus(REMEMBER_FOR)));
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((username + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
