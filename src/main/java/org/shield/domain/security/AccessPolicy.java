package org.shield.domain.security;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Need-to-know as rules: for each role, which permissions it holds and over which cases. A permission
 * held with scope {@link Scope#ANY} needs no relation to a case; {@link Scope#TEAM} needs the user to
 * be the case's lead or on its team; {@link Scope#UNIT} needs the case to belong to the user's unit;
 * {@link Scope#REFERRED} needs a victim of the case referred to the user. A user with several roles
 * holds the union. Separation of duties: the administrator holds no case permission at all.
 * Thread-safe (immutable). docs/PERMISSIONS.md is the same table in words.
 */
public final class AccessPolicy {
    /** Over which cases a role holds a permission. */
    public enum Scope { ANY, TEAM, UNIT, REFERRED }

    private static final Map<Role, Map<Permission, Scope>> GRANTS = new EnumMap<>(Role.class);

    static {
        Map<Permission, Scope> inv = grants(Role.Investigator);
        for (Permission p : new Permission[] {Permission.CASE_VIEW, Permission.CASE_READ_INVESTIGATION,
                Permission.CASE_EDIT, Permission.CASE_REQUEST_CLOSURE, Permission.PARTY_VIEW_PROTECTED,
                Permission.PARTY_ADD, Permission.PARTY_REFER, Permission.IDENTITY_REVEAL,
                Permission.RECORD_HISTORY, Permission.INTERVIEW_VIEW, Permission.INTERVIEW_RECORD,
                Permission.EVIDENCE_VIEW, Permission.EVIDENCE_RECORD, Permission.EVIDENCE_OPEN_SENSITIVE,
                Permission.EVIDENCE_EXPORT, Permission.EVIDENCE_VERIFY, Permission.SCREENING_VIEW,
                Permission.SCREENING_RECORD}) {
            inv.put(p, Scope.TEAM);
        }
        for (Permission p : new Permission[] {Permission.CASE_CREATE, Permission.PERSON_SEARCH,
                Permission.PERSON_VIEW, Permission.PERSON_EDIT, Permission.ORGANISATION_VIEW,
                Permission.ORGANISATION_EDIT}) {
            inv.put(p, Scope.ANY);
        }

        Map<Permission, Scope> cw = grants(Role.Caseworker);
        for (Permission p : new Permission[] {Permission.CASE_VIEW, Permission.PARTY_VIEW_PROTECTED,
                Permission.IDENTITY_REVEAL, Permission.INTERVIEW_VIEW, Permission.INTERVIEW_RECORD,
                Permission.SCREENING_VIEW, Permission.SCREENING_RECORD, Permission.CARE_VIEW, Permission.CARE_RECORD,
                Permission.CARE_NOTE_VIEW, Permission.CARE_NOTE_RECORD}) {
            cw.put(p, Scope.REFERRED);
        }
        for (Permission p : new Permission[] {Permission.PERSON_SEARCH, Permission.ORGANISATION_VIEW,
                Permission.ORGANISATION_EDIT}) {
            cw.put(p, Scope.ANY);
        }

        // counselling and medical notes (CARE_NOTE_*) are the referred caseworker's alone: no supervisor,
        // investigator, administrator or auditor holds them (ADR 0015)
        Map<Permission, Scope> sup = grants(Role.Supervisor);
        for (Permission p : new Permission[] {Permission.CASE_VIEW, Permission.CASE_READ_INVESTIGATION,
                Permission.CASE_EDIT, Permission.CASE_DELETE, Permission.CASE_ASSIGN,
                Permission.CASE_REQUEST_CLOSURE, Permission.CASE_REOPEN, Permission.PARTY_VIEW_PROTECTED,
                Permission.PARTY_ADD, Permission.PARTY_REFER, Permission.IDENTITY_REVEAL,
                Permission.APPROVAL_DECIDE, Permission.INTERVIEW_VIEW, Permission.INTERVIEW_RECORD,
                Permission.INTERVIEW_COUNTERSIGN, Permission.EVIDENCE_VIEW, Permission.EVIDENCE_RECORD,
                Permission.EVIDENCE_OPEN_SENSITIVE, Permission.EVIDENCE_EXPORT, Permission.EVIDENCE_VERIFY,
                Permission.SCREENING_VIEW, Permission.SCREENING_RECORD, Permission.CARE_VIEW, Permission.CARE_RECORD}) {
            sup.put(p, Scope.UNIT);
        }
        for (Permission p : new Permission[] {Permission.CASE_CREATE, Permission.PERSON_SEARCH,
                Permission.PERSON_VIEW, Permission.PERSON_EDIT, Permission.AUDIT_VIEW, Permission.AUDIT_VERIFY,
                Permission.RECORD_HISTORY, Permission.VAULT_BACKUP, Permission.ORGANISATION_VIEW,
                Permission.ORGANISATION_EDIT}) {
            sup.put(p, Scope.ANY);
        }

        Map<Permission, Scope> admin = grants(Role.Administrator);
        for (Permission p : new Permission[] {Permission.USER_MANAGE, Permission.AUDIT_VERIFY,
                Permission.VAULT_BACKUP, Permission.EVIDENCE_VERIFY}) {
            admin.put(p, Scope.ANY);
        }

        Map<Permission, Scope> auditor = grants(Role.Auditor);
        for (Permission p : new Permission[] {Permission.AUDIT_VIEW, Permission.AUDIT_VERIFY,
                Permission.RECORD_HISTORY, Permission.EVIDENCE_VERIFY}) {
            auditor.put(p, Scope.ANY);
        }
    }

    private AccessPolicy() {
    }

    private static Map<Permission, Scope> grants(Role r) {
        Map<Permission, Scope> m = new EnumMap<>(Permission.class);
        GRANTS.put(r, m);
        return m;
    }

    /** The scope in which this role holds the permission, or null if it does not. */
    public static Scope scope(Role role, Permission permission) {
        return GRANTS.get(role).get(permission);
    }

    /** True if any of the roles holds the permission in some scope (before looking at a case). */
    public static boolean holds(Collection<Role> roles, Permission permission) {
        for (Role r : roles) {
            if (scope(r, permission) != null) {
                return true;
            }
        }
        return false;
    }

    /** True if any of the roles holds the permission with no case relation needed. */
    public static boolean holdsEverywhere(Collection<Role> roles, Permission permission) {
        for (Role r : roles) {
            if (scope(r, permission) == Scope.ANY) {
                return true;
            }
        }
        return false;
    }

    /** True if the roles allow the permission on a case the user stands to as {@code relation}. */
    public static boolean allows(Collection<Role> roles, Permission permission, CaseRelation relation) {
        CaseRelation rel = relation == null ? CaseRelation.NONE : relation;
        for (Role r : roles) {
            Scope s = scope(r, permission);
            if (s == null) {
                continue;
            }
            boolean ok = switch (s) {
                case ANY -> true;
                case TEAM -> rel.onTeam();
                case UNIT -> rel.inUnit();
                case REFERRED -> rel.referredToMe();
            };
            if (ok) {
                return true;
            }
        }
        return false;
    }
}
