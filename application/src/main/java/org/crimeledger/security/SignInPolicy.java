package org.crimeledger.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong passwords a username may take, and from one address, before sign-in is refused for a while
 * (ADR 0017). The defaults follow NCSC guidance: a small number of tries, a lockout long enough to make
 * guessing slow, and an administrator who can lift it early.
 *
 * @param maxFailures wrong passwords for one username within {@code window} that lock it
 * @param window how far back failures are counted
 * @param lockFor how long a lockout lasts unless an administrator lifts it
 * @param maxFailuresPerAddress wrong passwords from one address within {@code window}, over any usernames,
 *        after which that address is refused until its failures age out (against password spraying)
 */
@ConfigurationProperties("crimeledger.sign-in")
public record SignInPolicy(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lockFor,
        @DefaultValue("50") int maxFailuresPerAddress) {
}
