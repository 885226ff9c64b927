package org.shield.application.common;

import java.util.Set;
import org.shield.domain.security.Role;

/** Who is working in the unlocked vault: name, unit and roles. */
public record CurrentUser(String userName, String unitCode, Set<Role> roles) {
    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
