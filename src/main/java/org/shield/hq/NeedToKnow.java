package org.shield.hq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.shield.domain.security.AccessPolicy;
import org.shield.domain.security.CaseRelation;
import org.shield.domain.security.Permission;
import org.shield.domain.security.Role;

/**
 * What one device's user may receive (ADR 0019): the laptop's own rules ({@link AccessPolicy}) applied to the
 * relations HQ knows between the user and every case (lead or team, unit, victims referred to them). Immutable.
 */
public final class NeedToKnow {
    /** How much of a person the device may receive. */
    public enum Grant { NONE, WITHOUT_IDENTITY, FULL }

    /** The permissions that decide what travels; a change in any of them on any case changes the scope. */
    private static final Permission[] DECIDING = {Permission.CASE_VIEW, Permission.CASE_READ_INVESTIGATION,
        Permission.INTERVIEW_VIEW, Permission.EVIDENCE_VIEW, Permission.SCREENING_VIEW, Permission.CARE_VIEW,
        Permission.CARE_NOTE_VIEW, Permission.IDENTITY_REVEAL};

    private final Set<Role> roles;
    private final String user;
    private final String unit;
    private final Map<UUID, CaseRelation> relations;

    public NeedToKnow(Role role, String user, String unit, Map<UUID, CaseRelation> relations) {
        this.roles = Set.of(role);
        this.user = user;
        this.unit = unit;
        this.relations = Map.copyOf(relations);
    }

    public boolean allows(UUID caseId, Permission p) {
        return caseId != null && AccessPolicy.allows(roles, p, relations.get(caseId));
    }

    /** The cases the user has some relation to. */
    public java.util.Set<UUID> relatedCases() {
        return relations.keySet();
    }

    public boolean holdsAnywhere(Permission p) {
        return AccessPolicy.holds(roles, p);
    }

    public String unit() {
        return unit;
    }

    /** The cases the user may see, in id order. */
    public List<UUID> visibleCases() {
        List<UUID> out = new ArrayList<>();
        for (UUID c : new TreeMap<>(relations).keySet()) {
            if (allows(c, Permission.CASE_VIEW)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A fingerprint of what this decides for a device whose cursor is at {@code cursor}: the role, unit and, for each
     * case that first reached HQ at or before the cursor ({@code firstPos}; the device may hold records of those),
     * the deciding permissions. It changes when the device's access to records it may already hold changes; a case
     * that appears later comes through the feed and changes nothing. See {@link ScopeFingerprint}, which HQ keeps to
     * answer it for many cursors at the cost of the cases between them.
     */
    public String scope(long cursor, Map<UUID, Long> firstPos) {
        return new ScopeFingerprint(this, firstPos).at(cursor);
    }

    /** The part of the fingerprint that is not per case. */
    String scopeHeader() {
        return roles + "|" + unit + "|" + AccessPolicy.holdsEverywhere(roles, Permission.PERSON_VIEW) + "|";
    }

    /** The deciding permissions on a case, one character each ('1' held, '0' not); null if none is held. */
    String decidingBits(UUID caseId) {
        char[] bits = new char[DECIDING.length];
        boolean any = false;
        for (int i = 0; i < DECIDING.length; i++) {
            boolean held = allows(caseId, DECIDING[i]);
            bits[i] = held ? '1' : '0';
            any |= held;
        }
        return any ? new String(bits) : null;
    }

    /**
     * Whether the user may hold a party row, as the laptop lists parties: everyone of a case for who may read its
     * investigation; otherwise (a caseworker) only the parties referred to them.
     */
    public boolean party(UUID caseId, String referredTo) {
        return allows(caseId, Permission.CASE_VIEW)
                && (allows(caseId, Permission.CASE_READ_INVESTIGATION) || user.equals(referredTo));
    }

    /**
     * A person, judged as the laptop judges them: through the best relation the user has to any of their cases,
     * where "referred" counts only for a party referred to this user. A protected one (with a pseudonym) in full to
     * who may reveal them, without the identifying columns to who may hold one of their party rows; anyone else in
     * full to who may view persons anywhere or may hold one of their party rows.
     */
    public Grant person(boolean isProtected, List<HqStore.Party> parties) {
        boolean team = false;
        boolean inUnit = false;
        boolean referred = false;
        boolean partyVisible = false;
        for (HqStore.Party p : parties) {
            CaseRelation r = relations.getOrDefault(p.caseId(), CaseRelation.NONE);
            team |= r.onTeam();
            inUnit |= r.inUnit();
            referred |= user.equals(p.referredTo());
            partyVisible |= party(p.caseId(), p.referredTo());
        }
        CaseRelation toPerson = new CaseRelation(team, inUnit, referred);
        if (isProtected) {
            if (AccessPolicy.allows(roles, Permission.IDENTITY_REVEAL, toPerson)) {
                return Grant.FULL;
            }
            return partyVisible ? Grant.WITHOUT_IDENTITY : Grant.NONE;
        }
        return AccessPolicy.holdsEverywhere(roles, Permission.PERSON_VIEW) || partyVisible ? Grant.FULL : Grant.NONE;
    }
}
