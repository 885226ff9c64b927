package org.shield.domain.security;

/** What a local user may do. Enforcement of need-to-know comes with the access issue; the foundation records roles. */
public enum Role {
    Investigator,
    Caseworker,
    Supervisor,
    Administrator,
    Auditor;
}
