package org.crimeledger.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, as the ledger records it: their username, the role they act in, and whether they
 * are the Force Crime Registrar (some decisions, such as cancelling a rape, are the registrar's alone).
 */
public record Actor(String username, Role role, Set<Role> roles, boolean forceCrimeRegistrar) {

    /** The authority that marks the Force Crime Registrar among those with the CRIME_REGISTRAR role. */
    public static final String FORCE_CRIME_REGISTRAR = "FCR";

    public static Actor of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            throw new IllegalStateException("No one is signed in");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean registrar = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            registrar |= FORCE_CRIME_REGISTRAR.equals(authority.getAuthority());
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalStateException(authentication.getName() + " has no role");
        }
        return new Actor(authentication.getName(), roles.iterator().next(), roles, registrar);
    }

    public static Actor current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** An actor for batch work (the synthetic force, imports), named so the ledger shows it was no person. */
    public static Actor system(String name, Role role) {
        return new Actor(name, role, EnumSet.of(role), false);
    }

    public boolean has(Role candidate) {
        return roles.contains(candidate);
    }
}
