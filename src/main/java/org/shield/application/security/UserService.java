package org.shield.application.security;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shield.application.access.AccessControl;
import org.shield.application.access.UserRepository;
import org.shield.application.audit.AuditStore;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.security.PassphrasePolicy;
import org.shield.domain.security.Permission;
import org.shield.domain.security.Role;
import org.shield.domain.security.UserAccount;
import org.shield.domain.security.UserNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local accounts of the open vault, managed by an administrator: add (with their own wrapped copy of
 * the data key), change roles and unit, disable (never delete: their wrapped key is removed so they
 * can no longer unlock, their records stay attributed), and reset a forgotten passphrase with a
 * temporary one that must be changed at the next unlock. Every change is recorded in the audit trail.
 * Blocking (key derivation); call from a worker thread.
 */
public final class UserService {
    private static final Logger LOG = LoggerFactory.getLogger(UserService.class);
    static final String TYPE = "UserAccount";

    private final TransactionRunner tx;
    private final UserRepository users;
    private final VaultKeyStore keys;
    private final Path vaultDir;
    private final DataKey dataKey;
    private final AccessControl access;
    private final AuditStore audit;
    private final CurrentUser me;
    private final Clock clock;

    public UserService(TransactionRunner tx, UserRepository users, VaultKeyStore keys, Path vaultDir, DataKey dataKey,
            AccessControl access, AuditStore audit, Clock clock) {
        this.tx = tx;
        this.users = users;
        this.keys = keys;
        this.vaultDir = vaultDir;
        this.dataKey = dataKey;
        this.access = access;
        this.audit = audit;
        this.me = access.user();
        this.clock = clock;
    }

    public List<UserSummary> list() throws ApplicationException {
        return tx.read(() -> {
            access.require(Permission.USER_MANAGE, TYPE, null);
            return users.all().stream().sorted(Comparator.comparing(UserAccount::getUserName))
                    .map(UserService::summary).toList();
        });
    }

    /** User names of enabled accounts holding a role (for choosing a team member or a caseworker). */
    public List<String> namesWithRole(Role role) throws ApplicationException {
        return tx.read(() -> {
            if (!access.holds(Permission.CASE_ASSIGN) && !access.holds(Permission.PARTY_REFER)
                    && !access.holds(Permission.USER_MANAGE)) {
                throw access.deny(Permission.CASE_ASSIGN, TYPE, null);
            }
            return users.all().stream().filter(u -> !u.isDisabled() && u.getRoles().contains(role))
                .map(UserAccount::getUserName).sorted().toList();
        });
    }

    /**
     * Adds a user with their passphrase. {@code temporary} makes them choose their own at first unlock
     * (always, when an administrator chose it for them).
     */
    public UserSummary add(String userName, String unitCode, Set<Role> roles, char[] passphrase, boolean temporary)
            throws ApplicationException {
        String name = normalise(userName);
        checkPolicy(passphrase, name);
        String unit = unit(unitCode);
        UserSummary added = tx.write(() -> {
            access.require(Permission.USER_MANAGE, TYPE, null);
            if (users.find(name).isPresent()) {
                throw new ValidationException(new UserMessage("error.userExists"));
            }
            UserAccount u = new UserAccount(name, unit, roles, me.userName(), clock.instant());
            u.requirePassphraseChange(temporary);
            users.add(u);
            audit.append(me.userName(), AuditAction.UserAdded, TYPE, u.getId(),
                    ChangeSet.diff(Map.of(), u.auditState()).with("userName", name));
            return summary(u);
        });
        // the key file changes only after the account and its audit entry are committed: a key without a
        // record would be an access nobody can see
        keyFileChange(name, () -> keys.addUser(vaultDir, dataKey, name, passphrase));
        LOG.info("user added");
        return added;
    }

    /** Changes a user's roles and unit. The last enabled administrator keeps the administrator role. */
    public UserSummary change(String userName, String unitCode, Set<Role> roles) throws ApplicationException {
        String name = normalise(userName);
        String unit = unit(unitCode);
        return tx.write(() -> {
            access.require(Permission.USER_MANAGE, TYPE, null);
            if (name.equals(me.userName())) {
                // separation of duties: an administrator does not grant themselves roles
                throw new ValidationException(new UserMessage("user.change.self"));
            }
            UserAccount u = load(name);
            Map<String, String> before = u.auditState();
            if (u.getRoles().contains(Role.Administrator) && !roles.contains(Role.Administrator)) {
                requireAnotherAdministrator(u);
            }
            u.grant(roles);
            u.moveToUnit(unit);
            u.touch(me.userName(), clock.instant());
            audit.append(me.userName(), AuditAction.UserChanged, TYPE, u.getId(),
                    ChangeSet.diff(before, u.auditState()).with("userName", name));
            return summary(u);
        });
    }

    /** Disables a user for good: they can no longer unlock. Not yourself, and not the last administrator. */
    public UserSummary disable(String userName) throws ApplicationException {
        String name = normalise(userName);
        UserSummary done = tx.write(() -> {
            access.require(Permission.USER_MANAGE, TYPE, null);
            if (name.equals(me.userName())) {
                throw new ValidationException(new UserMessage("user.disable.self"));
            }
            UserAccount u = load(name);
            if (u.isDisabled()) {
                return summary(u);
            }
            if (u.getRoles().contains(Role.Administrator)) {
                requireAnotherAdministrator(u);
            }
            u.disable();
            u.touch(me.userName(), clock.instant());
            audit.append(me.userName(), AuditAction.UserDisabled, TYPE, u.getId(),
                    new ChangeSet().change("disabled", false, true).with("userName", name));
            return summary(u);
        });
        // after the commit: the database already refuses a disabled user; removing the key makes it final
        keyFileChange(name, () -> keys.removeUser(vaultDir, name));
        LOG.info("user disabled");
        return done;
    }

    /** Issues a temporary passphrase for a user who forgot theirs; they must change it at the next unlock. */
    public void resetPassphrase(String userName, char[] temporary) throws ApplicationException {
        String name = normalise(userName);
        checkPolicy(temporary, name);
        tx.write(() -> {
            access.require(Permission.USER_MANAGE, TYPE, null);
            UserAccount u = load(name);
            if (u.isDisabled()) {
                throw new ValidationException(new UserMessage("user.disabled"));
            }
            u.requirePassphraseChange(true);
            u.touch(me.userName(), clock.instant());
            audit.append(me.userName(), AuditAction.PassphraseReset, TYPE, u.getId(),
                    new ChangeSet().with("userName", name));
            return null;
        });
        keyFileChange(name, () -> keys.replaceUser(vaultDir, dataKey, name, temporary));
        LOG.info("temporary passphrase issued");
    }

    /** True if the signed-in user was given a temporary passphrase and must choose their own now. */
    public boolean mustChangePassphrase() throws ApplicationException {
        return tx.read(() -> users.find(me.userName()).map(UserAccount::mustChangePassphrase).orElse(false));
    }

    /** The signed-in user changes their own passphrase (re-wraps their key; the database is untouched). */
    public void changeOwnPassphrase(char[] current, char[] next) throws ApplicationException {
        checkPolicy(next, me.userName());
        if (Arrays.equals(current, next)) {
            throw new ValidationException(new UserMessage("passphrase.sameAsOld"));
        }
        tx.write(() -> {
            UserAccount u = load(me.userName());
            keys.rewrap(vaultDir, me.userName(), current, next);
            u.requirePassphraseChange(false);
            u.touch(me.userName(), clock.instant());
            audit.append(me.userName(), AuditAction.PassphraseChanged, TYPE, u.getId(), null);
            return null;
        });
        LOG.info("passphrase changed");
    }

    private interface KeyFileWork {
        void run() throws ApplicationException;
    }

    /** Runs a key-file change after its audit entry is committed; a failure is recorded too, then raised. */
    private void keyFileChange(String userName, KeyFileWork work) throws ApplicationException {
        try {
            work.run();
        } catch (ApplicationException | RuntimeException e) {
            tx.write(() -> {
                audit.append(me.userName(), AuditAction.UserChanged, TYPE, null, new ChangeSet()
                        .with("userName", userName).with("keyFile", "not changed: " + e.getClass().getSimpleName()));
                return null;
            });
            throw e;
        }
    }

    private void requireAnotherAdministrator(UserAccount u) throws ValidationException {
        boolean another = users.all().stream().anyMatch(o -> !o.getUserName().equals(u.getUserName())
                && !o.isDisabled() && o.getRoles().contains(Role.Administrator));
        if (!another) {
            throw new ValidationException(new UserMessage("user.lastAdministrator"));
        }
    }

    private UserAccount load(String name) throws NotFoundException {
        return users.find(name).orElseThrow(() -> new NotFoundException(new UserMessage("error.userUnknown", name)));
    }

    private static String normalise(String raw) throws ValidationException {
        try {
            return UserNames.normalise(raw);
        } catch (DomainRuleViolation e) {
            throw new ValidationException(new UserMessage(e.key()));
        }
    }

    private static String unit(String raw) throws ValidationException {
        String unit = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
        if (!unit.matches("[A-Z0-9]{2,16}")) {
            throw new ValidationException(new UserMessage("error.unitCodeInvalid"));
        }
        return unit;
    }

    private static void checkPolicy(char[] passphrase, String user) throws ValidationException {
        var problem = PassphrasePolicy.check(passphrase, user);
        if (problem.isPresent()) {
            throw new ValidationException(new UserMessage(problem.get(), PassphrasePolicy.MIN_LENGTH));
        }
    }

    static UserSummary summary(UserAccount u) {
        return new UserSummary(u.getUserName(), u.getDisplayName(), u.getUnitCode(), u.getRoles(), u.isDisabled(),
                u.mustChangePassphrase(), u.getVersion());
    }
}
