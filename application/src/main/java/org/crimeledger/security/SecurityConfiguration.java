package org.crimeledger.security;

import java.util.Map;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * Three filter chains: the JSON API (HTTP Basic, stateless, problem+json refusals), the actuator
 * (health public, metrics for administrators) and the pages (form sign-in, CSRF, session timeout).
 * Every controller method also carries its own {@code @PreAuthorize}, which a test enforces.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline script or style anywhere (ADR 0017): scripts and styles come from our own files only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        var problems = new ProblemResponses(json);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PublicPaths.API).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // Stateless HTTP Basic carries no ambient cookie, so there is nothing for CSRF to forge.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        var problems = new ProblemResponses(json);
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus", "metrics")).hasRole(Role.ADMIN.name())
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PublicPaths.WEB).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/sign-in").defaultSuccessUrl("/", true)
                        .failureHandler(signInFailures()))
                // A new session id at sign-in, so an id planted before sign-in is worth nothing after it.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    private static ExceptionMappingAuthenticationFailureHandler signInFailures() {
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/sign-in?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/sign-in?error=locked"));
        return failures;
    }
}
