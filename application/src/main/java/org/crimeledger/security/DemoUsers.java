package org.crimeledger.security;

import java.util.ArrayList;
import java.util.List;

import org.crimeledger.database.OnEmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One account per role, created on the embedded demo database only, so a newcomer can try every
 * part of the service. A deployment on a PostgreSQL server never gets these accounts.
 */
@Component
@OnEmbeddedDatabase
@ConditionalOnProperty(name = "crimeledger.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    static final String DEMO_TEAM = "RESPONSE-A";

    private final UserAccounts accounts;
    private final String password;

    DemoUsers(UserAccounts accounts, @Value("${crimeledger.demo.password:demo-password}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    /** The demo account's username for a role, for example {@code call.handler} or {@code crime.registrar}. */
    public static String username(Role role) {
        return role.name().toLowerCase().replace('_', '.');
    }

    @EventListener(ApplicationReadyEvent.class)
    void createAndAnnounce() {
        List<String> lines = new ArrayList<>();
        for (Role role : Role.values()) {
            String username = username(role);
            if (!accounts.exists(username)) {
                accounts.create(username, "Demo " + role.title(), DEMO_TEAM, password, role);
                if (role == Role.CRIME_REGISTRAR) {
                    accounts.appointForceCrimeRegistrar(username);
                }
            }
            lines.add(String.format("  %-16s %s", username, role.title()));
        }
        log.info("Demo mode (embedded database): sign in with any of these usernames, password '{}':\n{}",
                password, String.join("\n", lines));
    }
}
