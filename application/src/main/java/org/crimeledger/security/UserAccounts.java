package org.crimeledger.security;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who may sign in, stored in PostgreSQL with a bcrypt hash of their password.
 */
@Service
public class UserAccounts {

    private final JdbcUserDetailsManager users;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(JdbcUserDetailsManager users, JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public void createAdministrator(String username, String displayName, String password) {
        create(username, displayName, null, password, Role.ADMIN);
    }

    /** Creates an account; fails if the username is taken, so an existing account is never overwritten. */
    @Transactional
    public void create(String username, String displayName, String team, String password, Role role) {
        if (users.userExists(username)) {
            throw new IllegalArgumentException("A user named '" + username + "' already exists");
        }
        PasswordPolicy.check(password);
        users.createUser(User.withUsername(username)
                .password(passwordEncoder.encode(password))
                .authorities(List.of(new SimpleGrantedAuthority(role.authority())))
                .build());
        jdbc.sql("update users set display_name = :displayName, team = :team where username = :username")
                .param("displayName", displayName)
                .param("team", team)
                .param("username", username)
                .update();
    }

    /** Marks a CRIME_REGISTRAR account as the Force Crime Registrar, who alone may take some decisions. */
    @Transactional
    public void appointForceCrimeRegistrar(String username) {
        jdbc.sql("insert into authorities (username, authority) values (:username, :authority) on conflict do nothing")
                .param("username", username)
                .param("authority", Actor.FORCE_CRIME_REGISTRAR)
                .update();
    }

    public Optional<String> team(String username) {
        return jdbc.sql("select team from users where username = :username")
                .param("username", username)
                .query(String.class)
                .optional();
    }

    public boolean exists(String username) {
        return users.userExists(username);
    }

    public String displayName(String username) {
        return jdbc.sql("select display_name from users where username = :username")
                .param("username", username)
                .query(String.class)
                .optional()
                .orElse(username);
    }
}
