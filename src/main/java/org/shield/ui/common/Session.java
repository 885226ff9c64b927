package org.shield.ui.common;

import org.shield.application.casefile.CaseService;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.UserMessage;
import org.shield.application.common.VaultLockedException;
import org.shield.application.party.OrganisationService;
import org.shield.application.party.PersonService;
import org.shield.application.approval.ApprovalService;
import org.shield.application.access.AccessControl;
import org.shield.application.security.AuditService;
import org.shield.application.security.UserService;
import org.shield.application.security.Workspace;
import org.shield.domain.security.Permission;

/**
 * The signed-in user's session. It outlives locking: while locked the vault is closed (no open
 * database, no data key in memory) but the user and the screens' unsaved state stay; unlocking again
 * opens a fresh workspace. Services are read on the worker thread at the moment they are used, so
 * work started while locked fails with a {@link VaultLockedException} instead of using a closed
 * database. Thread-safe.
 */
public final class Session {
    private final CurrentUser user;
    private final AccessControl access;
    private volatile Workspace workspace;

    public Session(Workspace workspace) {
        this.workspace = workspace;
        this.user = workspace.user();
        this.access = workspace.access();
    }

    /**
     * True if the user holds the permission with no case relation needed. For showing or hiding screens
     * and actions only (the services check again); a check on the user's roles, valid while locked too.
     */
    public boolean can(Permission p) {
        return access.can(p);
    }

    /** True if the user holds the permission over at least some cases (for showing or hiding only). */
    public boolean holds(Permission p) {
        return access.holds(p);
    }

    public CurrentUser user() {
        return user;
    }

    public boolean isLocked() {
        return workspace == null;
    }

    public Workspace workspace() throws VaultLockedException {
        Workspace ws = workspace;
        if (ws == null) {
            throw new VaultLockedException(new UserMessage("ui.session.locked"));
        }
        return ws;
    }

    public CaseService cases() throws VaultLockedException {
        return workspace().cases();
    }

    public PersonService persons() throws VaultLockedException {
        return workspace().persons();
    }

    public OrganisationService organisations() throws VaultLockedException {
        return workspace().organisations();
    }

    public UserService users() throws VaultLockedException {
        return workspace().users();
    }

    public ApprovalService approvals() throws VaultLockedException {
        return workspace().approvals();
    }

    public AuditService audit() throws VaultLockedException {
        return workspace().audit();
    }

    /** Forgets the workspace and returns it for closing (off the JavaFX thread); null if already locked. */
    public Workspace lock() {
        Workspace ws = workspace;
        workspace = null;
        return ws;
    }

    /** Resumes with a workspace opened for the same user. */
    public void resume(Workspace reopened) {
        if (!reopened.user().userName().equals(user.userName())) {
            reopened.close();
            throw new IllegalArgumentException("a locked session resumes only for its own user");
        }
        this.workspace = reopened;
    }
}
