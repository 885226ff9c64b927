package org.shield.domain.common;

/**
 * A domain invariant was broken. Carries a message key (never personal data) that the application
 * layer turns into a translated {@code ValidationException}.
 */
public class DomainRuleViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public DomainRuleViolation(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
