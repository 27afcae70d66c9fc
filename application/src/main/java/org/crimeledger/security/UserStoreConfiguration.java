package org.crimeledger.security;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/**
 * Where accounts live and how passwords are hashed; needed by the web application and by
 * command-line tools such as {@code create-admin} alike.
 */
@Configuration(proxyBeanMethods = false)
class UserStoreConfiguration {

    /** bcrypt today, with the algorithm's name stored beside each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    JdbcUserDetailsManager userDetailsManager(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }

    /**
     * Password checks against the accounts table, behind the lockout and throttle, and remembered briefly so
     * HTTP Basic API clients stay fast (a remembered password is still refused while its username is locked).
     */
    @Bean
    AuthenticationProvider authenticationProvider(JdbcUserDetailsManager users, PasswordEncoder passwordEncoder,
            Clock clock, SignInAttempts attempts) {
        DaoAuthenticationProvider checker = new DaoAuthenticationProvider(users);
        checker.setPasswordEncoder(passwordEncoder);
        return new SignInThrottle(new RememberedCredentials(SignInThrottle.recordingSuccess(checker, attempts), clock),
                attempts);
    }
}
