package org.crimeledger.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.crimeledger.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in person as the pages need them: name, roles, and the role whose home page they see
 * (the first of their roles in {@link Role}'s order).
 */
public record CurrentUser(String username, String displayName, Set<Role> roles) {

    static CurrentUser of(Authentication authentication, String displayName) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new CurrentUser(authentication.getName(), displayName, roles);
    }

    public Role primaryRole() {
        return roles.isEmpty() ? null : roles.iterator().next();
    }

    public List<Navigation.Item> navigation() {
        return Navigation.itemsFor(roles);
    }
}
