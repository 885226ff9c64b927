package org.shield.application.care;

import java.util.List;
import java.util.UUID;
import org.shield.application.access.AccessControl;
import org.shield.application.casefile.CaseRepository;
import org.shield.application.casefile.CaseService;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.security.CaseRelation;
import org.shield.domain.security.Permission;

/**
 * Who may act for a victim in a case: the permission in the case's scope (team, unit), or for a caseworker
 * a victim of the case referred to them. Every victim-care service (stays, plans, notes, legal support,
 * return) asks here, so the rule is one rule. Call inside a transaction.
 */
public final class VictimAccess {
    private final CaseService cases;
    private final CaseRepository caseStore;
    private final AccessControl access;

    public VictimAccess(CaseService cases, CaseRepository caseStore, AccessControl access) {
        this.cases = cases;
        this.caseStore = caseStore;
        this.access = access;
    }

    /**
     * Requires {@code p} for a victim or possible victim of the case (refused attempts are recorded under
     * {@code recordType}); a person who is not a victim party of the case is a validation error.
     */
    public void require(CaseFile c, UUID personId, Permission p, String recordType) throws ApplicationException {
        CaseRelation rel = cases.relation(c);
        access.require(p, rel, recordType, null);
        List<PartySummary> parties = caseStore.parties(c.getId()).stream()
                .filter(x -> x.personId().equals(personId)).toList();
        if (parties.stream().noneMatch(x -> x.role() == PartyRole.Victim || x.role() == PartyRole.PossibleVictim)) {
            throw new ValidationException(new UserMessage("care.notAVictimParty"));
        }
        if (!access.can(p, new CaseRelation(rel.onTeam(), rel.inUnit(), false))
                && parties.stream().noneMatch(x -> access.user().userName().equals(x.referredTo()))) {
            throw access.deny(p, recordType, null);
        }
    }

    /** True when the user holds {@code p} for this person of the case (no audit entry either way). */
    public boolean may(CaseFile c, UUID personId, Permission p) {
        CaseRelation rel = cases.relation(c);
        if (access.can(p, new CaseRelation(rel.onTeam(), rel.inUnit(), false))) {
            return true;
        }
        return access.can(p, new CaseRelation(false, false, true)) && caseStore.parties(c.getId()).stream()
                .anyMatch(x -> x.personId().equals(personId) && access.user().userName().equals(x.referredTo()));
    }
}
