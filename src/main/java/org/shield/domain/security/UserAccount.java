package org.shield.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * A local user of this vault as the database knows them: name, unit and roles. The passphrase is not
 * here: each user's wrapped copy of the data key lives in the vault's key file, outside the database.
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends BaseEntity {
    @Column(name = "user_name", nullable = false, updatable = false, length = 64)
    private String userName;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(name = "unit_code", nullable = false, length = 32)
    private String unitCode;

    @Column(name = "roles", nullable = false, length = 200)
    private String roles;

    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    @Column(name = "must_change_passphrase", nullable = false)
    private boolean mustChangePassphrase;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String userName, String unitCode, Collection<Role> roles, String actor, Instant at) {
        super(actor, at);
        this.userName = UserNames.normalise(userName);
        this.unitCode = Text.required(unitCode, "user.unit", 32);
        grant(roles);
    }

    public final void grant(Collection<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new DomainRuleViolation("user.roles.required");
        }
        this.roles = EnumSet.copyOf(newRoles).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Disables the account for good: it can no longer unlock. Records stay attributed to it. */
    public void disable() {
        this.disabled = true;
    }

    public void moveToUnit(String unit) {
        this.unitCode = Text.required(unit, "user.unit", 32);
    }

    /** Set when an administrator issued a temporary passphrase; cleared when the user chooses their own. */
    public void requirePassphraseChange(boolean required) {
        this.mustChangePassphrase = required;
    }

    public boolean mustChangePassphrase() {
        return mustChangePassphrase;
    }

    public java.util.Map<String, String> auditState() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("unitCode", unitCode);
        m.put("roles", roles);
        m.put("disabled", Boolean.toString(disabled));
        m.put("mustChangePassphrase", Boolean.toString(mustChangePassphrase));
        m.put("displayName", displayName);
        return m;
    }

    public Set<Role> getRoles() {
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public String getUserName() {
        return userName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String name) {
        this.displayName = Text.optional(name, "user.displayName", 200);
    }

    public String getUnitCode() {
        return unitCode;
    }

    public boolean isDisabled() {
        return disabled;
    }
}
