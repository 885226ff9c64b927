package org.shield.application.security;

import java.util.Set;
import org.shield.domain.security.Role;

/** A user account as the administrator's list shows it. */
public record UserSummary(String userName, String displayName, String unitCode, Set<Role> roles, boolean disabled,
        boolean mustChangePassphrase, long version) {
    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
