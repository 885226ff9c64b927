package org.shield.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.Text;

/**
 * A person's role in one case. Refers to the case and the person by id (separate aggregates: one
 * person appears in many cases). {@link RoleInProcess} applies to suspects only.
 */
@Entity
@Table(name = "case_party")
public class CaseParty extends BaseEntity {
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_role", nullable = false, length = 30)
    private PartyRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_in_process", length = 40)
    private RoleInProcess roleInProcess;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "referred_to", length = 64)
    private String referredTo;

    protected CaseParty() {
        // for JPA
    }

    public CaseParty(UUID caseId, UUID personId, PartyRole role, RoleInProcess roleInProcess, String note,
            String actor, Instant at) {
        super(actor, at);
        if (caseId == null || personId == null) {
            throw new IllegalArgumentException("case and person required");
        }
        this.caseId = caseId;
        this.personId = personId;
        changeRole(role, roleInProcess);
        this.note = Text.optional(note, "party.note", 2000);
    }

    public final void changeRole(PartyRole newRole, RoleInProcess inProcess) {
        ensureNotDeleted();
        if (newRole == null) {
            throw new DomainRuleViolation("party.role.required");
        }
        if (inProcess != null && newRole != PartyRole.Suspect) {
            throw new DomainRuleViolation("party.roleInProcess.suspectOnly");
        }
        this.role = newRole;
        this.roleInProcess = inProcess;
    }

    /** True for the roles that treat the person as (possibly) trafficked. */
    public boolean isVictimRole() {
        return role == PartyRole.Victim || role == PartyRole.PossibleVictim;
    }

    /** Refers this victim or witness to a caseworker (user name), or ends the referral with null. */
    public void referTo(String caseworker) {
        ensureNotDeleted();
        if (caseworker != null && !isProtectedRole()) {
            throw new DomainRuleViolation("party.refer.victimsOnly");
        }
        this.referredTo = Text.optional(caseworker, "party.referredTo", 64);
    }

    /** Victims, possible victims and witnesses: the roles whose identity is protected by a pseudonym. */
    public boolean isProtectedRole() {
        return isVictimRole() || role == PartyRole.Witness;
    }

    public static boolean isProtectedRole(PartyRole r) {
        return r == PartyRole.Victim || r == PartyRole.PossibleVictim || r == PartyRole.Witness;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public PartyRole getRole() {
        return role;
    }

    public RoleInProcess getRoleInProcess() {
        return roleInProcess;
    }

    public String getNote() {
        return note;
    }
}
