package org.shield.domain.legal;

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
 * Legal support of one victim in a case: willingness to testify (with the day it was said) and the legal
 * counsel (a lawyer and their organisation). One per victim per case, edited with its version.
 */
@Entity
@Table(name = "legal_support")
public class LegalSupport extends BaseEntity {
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "willingness", nullable = false, length = 30)
    private TestifyWillingness willingness;
    @Column(name = "willingness_on")
    private LocalDate willingnessOn;
    @Column(name = "counsel_name", length = 200)
    private String counselName;
    @Column(name = "counsel_organisation", length = 200)
    private String counselOrganisation;

    protected LegalSupport() {
        // for JPA
    }

    public LegalSupport(UUID caseId, UUID personId, String actor, Instant at) {
        super(actor, at);
        if (caseId == null || personId == null) {
            throw new IllegalArgumentException("case and person required");
        }
        this.caseId = caseId;
        this.personId = personId;
        this.willingness = TestifyWillingness.Undecided;
    }

    /** Records what the victim said about testifying, on {@code day} (not in the future). */
    public void setWillingness(TestifyWillingness w, LocalDate day, LocalDate today, String actor, Instant at) {
        if (w == null || day == null) {
            throw new DomainRuleViolation("legal.willingness.required");
        }
        if (day.isAfter(today)) {
            throw new DomainRuleViolation("legal.date.future");
        }
        touch(actor, at);
        this.willingness = w;
        this.willingnessOn = day;
    }

    public void setCounsel(String name, String organisation, String actor, Instant at) {
        String n = Text.optional(name, "legal.counselName", 200);
        String o = Text.optional(organisation, "legal.counselOrganisation", 200);
        touch(actor, at);
        this.counselName = n;
        this.counselOrganisation = o;
    }

    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", caseId.toString());
        m.put("personId", personId.toString());
        m.put("willingness", willingness.name());
        m.put("willingnessOn", willingnessOn == null ? null : willingnessOn.toString());
        m.put("counselName", counselName);
        m.put("counselOrganisation", counselOrganisation);
        return m;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public TestifyWillingness getWillingness() {
        return willingness;
    }

    public LocalDate getWillingnessOn() {
        return willingnessOn;
    }

    public String getCounselName() {
        return counselName;
    }

    public String getCounselOrganisation() {
        return counselOrganisation;
    }
}
