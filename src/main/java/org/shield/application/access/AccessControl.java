package org.shield.application.access;

import java.util.UUID;
import org.shield.application.audit.AuditStore;
import org.shield.application.common.AccessDeniedException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.UserMessage;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.security.AccessPolicy;
import org.shield.domain.security.CaseRelation;
import org.shield.domain.security.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-in user's rights, checked where data is read and written: every service asks here before
 * it acts. A denial is recorded in the audit trail (kept even though the use case's transaction rolls
 * back) and raised as {@link AccessDeniedException}. Thread-safe.
 */
public final class AccessControl {
    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);

    private final CurrentUser user;
    private final AuditStore audit;

    public AccessControl(CurrentUser user, AuditStore audit) {
        this.user = user;
        this.audit = audit;
    }

    public CurrentUser user() {
        return user;
    }

    /** True if the user holds the permission without needing a relation to a case. */
    public boolean can(Permission p) {
        return AccessPolicy.holdsEverywhere(user.roles(), p);
    }

    /** True if the user holds the permission over at least some cases. */
    public boolean holds(Permission p) {
        return AccessPolicy.holds(user.roles(), p);
    }

    public boolean can(Permission p, CaseRelation relation) {
        return AccessPolicy.allows(user.roles(), p, relation);
    }

    /** Requires a permission that needs no case; records and raises a denial otherwise. */
    public void require(Permission p, String recordType, UUID recordId) throws AccessDeniedException {
        if (!can(p)) {
            throw deny(p, recordType, recordId);
        }
    }

    /** Requires a permission over one case; records and raises a denial otherwise. */
    public void require(Permission p, CaseRelation relation, String recordType, UUID recordId)
            throws AccessDeniedException {
        if (!can(p, relation)) {
            throw deny(p, recordType, recordId);
        }
    }

    /** Requires that the user holds the permission over some cases (a list is then filtered by scope). */
    public void requireSome(Permission p, String recordType) throws AccessDeniedException {
        if (!holds(p)) {
            throw deny(p, recordType, null);
        }
    }

    /** Records a denial and returns the exception to throw. */
    public AccessDeniedException deny(Permission p, String recordType, UUID recordId) {
        audit.appendRegardless(user.userName(), AuditAction.AccessDenied, recordType, recordId,
                new ChangeSet().with("permission", p.name()));
        LOG.info("access denied: permission={} recordType={}", p, recordType);
        return new AccessDeniedException(new UserMessage("error.accessDenied", p));
    }
}
