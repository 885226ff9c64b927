package org.shield.domain.security;

/** A local user's role; a user may hold several. What each allows is {@link AccessPolicy}. */
public enum Role {
    Investigator,
    Caseworker,
    Supervisor,
    Administrator,
    Auditor;
}
