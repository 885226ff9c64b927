package org.shield.domain.care;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * A victim's consent for one purpose (case management, sharing with one named partner organisation,
 * anonymous statistics): when, how (signed, verbal with a named witness, by a named guardian for a minor),
 * and its withdrawal. Nothing else changes after it is recorded; a withdrawn consent stays on record and
 * stops what it covered from then on.
 */
@Entity
@Table(name = "care_consent")
public class CareConsent extends BaseEntity {
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, updatable = false, length = 30)
    private ConsentPurpose purpose;
    @Column(name = "partner_id", updatable = false)
    private UUID partnerId;
    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "given_how", nullable = false, updatable = false, length = 30)
    private ConsentForm form;
    @Column(name = "witness", updatable = false, length = 200)
    private String witness;
    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;
    @Column(name = "withdrawal_note", length = 1000)
    private String withdrawalNote;

    protected CareConsent() {
        // for JPA
    }

    /** {@code witness} names the witness of a verbal consent or the guardian who consented for a minor. */
    public CareConsent(UUID caseId, UUID personId, ConsentPurpose purpose, UUID partnerId, LocalDate givenOn,
            ConsentForm form, String witness, LocalDate today, String actor, Instant at) {
        super(actor, at);
        if (caseId == null || personId == null) {
            throw new IllegalArgumentException("case and person required");
        }
        if (purpose == null || form == null || givenOn == null) {
            throw new DomainRuleViolation("consent.incomplete");
        }
        if ((purpose == ConsentPurpose.SharingWithPartner) != (partnerId != null)) {
            throw new DomainRuleViolation("consent.partnerOnlyForSharing");
        }
        if (givenOn.isAfter(today)) {
            throw new DomainRuleViolation("consent.givenOn.future");
        }
        this.witness = Text.optional(witness, "consent.witness", 200);
        if (form != ConsentForm.Signed && this.witness == null) {
            throw new DomainRuleViolation("consent.witness.required");
        }
        this.caseId = caseId;
        this.personId = personId;
        this.purpose = purpose;
        this.partnerId = partnerId;
        this.givenOn = givenOn;
        this.form = form;
    }

    public void withdraw(LocalDate day, String note, LocalDate today, String actor, Instant at) {
        if (withdrawnOn != null) {
            throw new DomainRuleViolation("consent.alreadyWithdrawn");
        }
        if (day == null || day.isBefore(givenOn) || day.isAfter(today)) {
            throw new DomainRuleViolation("consent.withdrawnOn.invalid");
        }
        touch(actor, at);
        this.withdrawnOn = day;
        this.withdrawalNote = Text.optional(note, "consent.withdrawalNote", 1000);
    }

    /** True on {@code day} when given by then and not yet withdrawn. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(givenOn) && (withdrawnOn == null || day.isBefore(withdrawnOn));
    }

    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("purpose", purpose.name());
        m.put("partnerId", partnerId == null ? null : partnerId.toString());
        m.put("givenOn", givenOn.toString());
        m.put("givenHow", form.name());
        m.put("witness", witness);
        m.put("withdrawnOn", withdrawnOn == null ? null : withdrawnOn.toString());
        m.put("withdrawalNote", withdrawalNote);
        return m;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public ConsentForm getForm() {
        return form;
    }

    public String getWitness() {
        return witness;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalNote() {
        return withdrawalNote;
    }
}
