package org.shield.ui.security;

import org.shield.application.common.UserMessage;
import org.shield.application.security.VaultService;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.security.UserNames;

/**
 * Inline checks of user names, unit codes and passphrases, using the same rules the vault enforces,
 * so a form can say what is wrong before anything is sent. Empty fields are not reported (the action
 * stays disabled instead).
 */
public final class CredentialRules {
    private static final String UNIT_CODE = "[A-Za-z0-9]{2,16}";

    private CredentialRules() {
    }

    public static UserMessage userNameProblem(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            UserNames.normalise(name);
            return null;
        } catch (DomainRuleViolation e) {
            return new UserMessage(e.key());
        }
    }

    /** A blank unit code is allowed: the vault then uses its default unit. */
    public static UserMessage unitCodeProblem(String unit) {
        if (unit == null || unit.isBlank() || unit.strip().matches(UNIT_CODE)) {
            return null;
        }
        return new UserMessage("error.unitCodeInvalid");
    }

    public static UserMessage passphraseProblem(String passphrase, String userName) {
        if (passphrase == null || passphrase.isEmpty()) {
            return null;
        }
        return VaultService.policyProblem(passphrase.toCharArray(), userName).orElse(null);
    }

    public static UserMessage confirmationProblem(String passphrase, String confirmation) {
        if (confirmation == null || confirmation.isEmpty() || confirmation.equals(passphrase)) {
            return null;
        }
        return new UserMessage("passphrase.mismatch");
    }
}
