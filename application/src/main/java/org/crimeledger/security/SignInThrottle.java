package org.crimeledger.security;

import java.util.regex.Pattern;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password check, for the pages and the API alike, passes here first: a locked username or a throttled
 * address is refused before its password is looked at (so a right guess during a lockout gets nowhere), and
 * each attempt is written to the audit in {@link SignInAttempts}.
 */
class SignInThrottle implements AuthenticationProvider {

    static final String LOCKED = "Too many wrong passwords: sign-in as this user is paused for a while. "
            + "An administrator can lift the pause.";
    static final String THROTTLED = "Too many wrong passwords from this address: try again later.";

    /** The usernames the accounts table accepts (migration V3). */
    private static final Pattern POSSIBLE_USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

    private final AuthenticationProvider checker;
    private final SignInAttempts attempts;

    SignInThrottle(AuthenticationProvider checker, SignInAttempts attempts) {
        this.checker = checker;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String address = address(authentication);
        SignInAttempts.Refusal refusal = attempts.refusal(username, address);
        if (refusal == SignInAttempts.Refusal.LOCKED) {
            attempts.record(username, SignInAttempts.Outcome.REFUSED_LOCKED, address);
            throw new LockedException(LOCKED);
        }
        if (refusal == SignInAttempts.Refusal.THROTTLED) {
            attempts.record(username, SignInAttempts.Outcome.REFUSED_THROTTLED, address);
            throw new LockedException(THROTTLED);
        }
        Authentication checked;
        try {
            if (!POSSIBLE_USERNAME.matcher(username).matches()) {
                // No account can have this name (the accounts table allows only these characters), and a NUL
                // byte would not even reach PostgreSQL: refuse it as a wrong password, audited like one.
                throw new BadCredentialsException("No account can have this username");
            }
            checked = checker.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            if (attempts.failed(username, address)) {
                throw new LockedException(LOCKED, wrong);
            }
            throw wrong;
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checker.supports(authentication);
    }

    /**
     * The password check with each success written to the audit; it sits inside the remembered credentials,
     * so an API client's repeated requests add one row per real check, not one per request.
     */
    static AuthenticationProvider recordingSuccess(AuthenticationProvider checker, SignInAttempts attempts) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                Authentication checked = checker.authenticate(authentication);
                if (checked != null && checked.isAuthenticated()) {
                    attempts.record(authentication.getName(), SignInAttempts.Outcome.SUCCEEDED, address(authentication));
                }
                return checked;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return checker.supports(authentication);
            }
        };
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
