package org.crimeledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.crimeledger.DatabaseTest;
import org.crimeledger.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing passwords gets nowhere: five wrong ones within fifteen minutes pause sign-in as that username,
 * a right password is refused during the pause, each attempt is audited, and an administrator can lift it.
 */
@DatabaseTest
class SignInLockoutTests {

    static final String PASSWORD = "lockout-test-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SignInAttempts attempts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveWrongPasswordsPauseSignInEvenWithTheRightOne() throws Exception {
        String username = newAccount();
        RequestPostProcessor from = from("198.51.100.1");
        for (int i = 1; i <= 4; i++) {
            mvc.perform(signIn(username, "wrong-" + i, from))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(signIn(username, "wrong-5", from))
                .andExpect(redirectedUrl("/sign-in?error=locked"));
        mvc.perform(signIn(username, PASSWORD, from))
                .andExpect(redirectedUrl("/sign-in?error=locked"));
        mvc.perform(get("/sign-in").param("error", "locked"))
                .andExpect(content().string(containsString("Too many wrong passwords")));

        assertThat(outcomes(username)).containsExactly(
                "FAILED", "FAILED", "FAILED", "FAILED", "FAILED", "REFUSED_LOCKED");
        assertThat(jdbc.sql("select count(distinct remote_address) from sign_in_attempts where username = :u")
                .param("u", username).query(Integer.class).single()).isEqualTo(1);
        assertThat(attempts.lockouts()).anySatisfy(lockout -> {
            assertThat(lockout.username()).isEqualTo(username);
            assertThat(lockout.failures()).isEqualTo(5);
            assertThat(Duration.between(lockout.lockedAt(), lockout.lockedUntil())).isEqualTo(Duration.ofMinutes(15));
        });
    }

    @Test
    void theApiRefusesAPausedUsernameWithProblemJson() throws Exception {
        String username = newAccount();
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/v1/decision-queue").with(httpBasic(username, "wrong-" + i)).with(from("198.51.100.2")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/decision-queue").with(httpBasic(username, PASSWORD)).with(from("198.51.100.2")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(SignInThrottle.LOCKED));
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        String username = newAccount();
        for (int i = 1; i <= 4; i++) {
            mvc.perform(signIn(username, "wrong-" + i, from("198.51.100.3")));
        }
        mvc.perform(signIn(username, PASSWORD, from("198.51.100.3")))
                .andExpect(redirectedUrl("/"));
        mvc.perform(signIn(username, "wrong-5", from("198.51.100.3")))
                .andExpect(redirectedUrl("/sign-in?error"));
        assertThat(attempts.locked(username)).isFalse();
    }

    @Test
    void usernamesWithoutAnAccountArePausedAlikeSoAPauseRevealsNothing() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 5; i++) {
            mvc.perform(signIn(nobody, "guess-" + i, from("198.51.100.4")));
        }
        assertThat(attempts.locked(nobody)).isTrue();
    }

    @Test
    void anAdministratorSeesThePauseAndLiftsIt() throws Exception {
        String username = newAccount();
        for (int i = 1; i <= 5; i++) {
            mvc.perform(signIn(username, "wrong-" + i, from("198.51.100.5")));
        }
        mvc.perform(get("/admin/sign-ins").with(user("admin.one").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("Lift the pause")));
        mvc.perform(get("/admin/sign-ins").with(user("officer.one").roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/sign-ins/{username}/unlock", username).with(user("admin.one").roles("ADMIN")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/sign-ins/{username}/unlock", username).with(user("admin.one").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/sign-ins"));

        assertThat(jdbc.sql("select unlocked_by from account_lockouts where username = :u").param("u", username)
                .query(String.class).single()).isEqualTo("admin.one");
        mvc.perform(signIn(username, PASSWORD, from("198.51.100.5")))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/sign-ins").with(user("admin.one").roles("ADMIN")))
                .andExpect(content().string(not(containsString("Lift the pause<span class=\"govuk-visually-hidden\"> on "
                        + username))));
    }

    @Test
    void aPauseEndsByItselfAndOnlyLaterFailuresCountTowardsTheNext() {
        MutableClock clock = new MutableClock(Instant.parse("2031-03-01T10:00:00Z"));
        SignInAttempts timed = new SignInAttempts(jdbc, clock, new SignInPolicy(3, Duration.ofMinutes(10),
                Duration.ofMinutes(20), 1000));
        String username = "timed-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(timed.failed(username, "192.0.2.1")).isFalse();
        clock.advance(Duration.ofMinutes(11));
        assertThat(timed.failed(username, "192.0.2.1")).as("the first failure has aged out").isFalse();
        assertThat(timed.failed(username, "192.0.2.1")).isFalse();
        assertThat(timed.failed(username, "192.0.2.1")).as("third within ten minutes").isTrue();
        assertThat(timed.locked(username)).isTrue();

        clock.advance(Duration.ofMinutes(21));
        assertThat(timed.locked(username)).isFalse();
        assertThat(timed.failed(username, "192.0.2.1")).as("failures before the pause no longer count").isFalse();
    }

    @Test
    void oneAddressTryingManyUsernamesIsThrottled() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2031-04-01T10:00:00Z"));
        SignInAttempts timed = new SignInAttempts(jdbc, clock, new SignInPolicy(5, Duration.ofMinutes(15),
                Duration.ofMinutes(15), 10));
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 10; i++) {
            timed.failed("spray-" + UUID.randomUUID().toString().substring(0, 8), address);
        }
        assertThat(timed.throttled(address)).isTrue();
        assertThat(timed.throttled("203.0.113.254.other")).isFalse();
        clock.advance(Duration.ofMinutes(16));
        assertThat(timed.throttled(address)).isFalse();
    }

    @Test
    void hugeAndStrangeUsernamesAreAuditedCutToSize() throws Exception {
        String huge = "x".repeat(5000) + "\u0000<script>";
        mvc.perform(signIn(huge, "whatever", from("198.51.100.6")))
                .andExpect(redirectedUrl("/sign-in?error"));
        assertThat(jdbc.sql("select count(*) from sign_in_attempts where username = :u")
                .param("u", "x".repeat(100)).query(Integer.class).single()).isEqualTo(1);
    }

    private String newAccount() {
        String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Lockout test", "RESPONSE-A", PASSWORD, Role.OFFICER);
        return username;
    }

    private java.util.List<String> outcomes(String username) {
        return jdbc.sql("select outcome from sign_in_attempts where username = :u order by id")
                .param("u", username).query(String.class).list();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String username,
            String password, RequestPostProcessor from) {
        return post("/sign-in").param("username", username).param("password", password).with(csrf()).with(from);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
