package org.shield.domain.care;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
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
 * A needs or risk assessment of a victim on a day (of the person, their household or community), with a
 * graded level and the findings. Append-only: a later assessment is a new record and never changes an
 * earlier one, so the history of how the person's situation was judged stays whole.
 */
@Entity
@Table(name = "care_assessment")
public class CareAssessment extends BaseEntity {
    public static final int FINDINGS_MAX = 20_000;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private AssessmentKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, updatable = false, length = 30)
    private AssessmentScope scope;
    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, updatable = false, length = 20)
    private RiskLevel level;
    @Lob
    @Column(name = "findings", nullable = false, updatable = false)
    private String findings;
    @Column(name = "assessed_by", nullable = false, updatable = false, length = 64)
    private String assessedBy;

    protected CareAssessment() {
        // for JPA
    }

    public CareAssessment(UUID caseId, UUID personId, AssessmentKind kind, AssessmentScope scope,
            LocalDate assessedOn, RiskLevel level, String findings, LocalDate today, String actor, Instant at) {
        super(actor, at);
        if (caseId == null || personId == null) {
            throw new IllegalArgumentException("case and person required");
        }
        if (kind == null) {
            throw new DomainRuleViolation("assessment.kind.required");
        }
        if (scope == null) {
            throw new DomainRuleViolation("assessment.scope.required");
        }
        if (assessedOn == null) {
            throw new DomainRuleViolation("assessment.assessedOn.required");
        }
        if (assessedOn.isAfter(today)) {
            throw new DomainRuleViolation("assessment.assessedOn.future");
        }
        if (level == null) {
            throw new DomainRuleViolation("assessment.level.required");
        }
        this.caseId = caseId;
        this.personId = personId;
        this.kind = kind;
        this.scope = scope;
        this.assessedOn = assessedOn;
        this.level = level;
        this.findings = Text.required(findings, "assessment.findings", FINDINGS_MAX);
        this.assessedBy = actor;
    }

    /** Append-only: an assessment is never changed; a new one is recorded instead. */
    @Override
    public void touch(String actor, Instant at) {
        throw new DomainRuleViolation("assessment.appendOnly");
    }

    /** What the record history keeps: the handling fields, never the findings (caseworkers' content). */
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", caseId.toString());
        m.put("personId", personId.toString());
        m.put("kind", kind.name());
        m.put("scope", scope.name());
        m.put("assessedOn", assessedOn.toString());
        m.put("level", level.name());
        return m;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public AssessmentScope getScope() {
        return scope;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public RiskLevel getLevel() {
        return level;
    }

    public String getFindings() {
        return findings;
    }

    public String getAssessedBy() {
        return assessedBy;
    }
}
