package org.shield.domain.legal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * A claim for compensation or restitution filed for a victim: what, how much (optional, with an ISO 4217
 * currency), when filed; then decided once (awarded with the amount paid, rejected or withdrawn).
 */
@Entity
@Table(name = "compensation_claim")
public class CompensationClaim extends BaseEntity {
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private ClaimKind kind;
    @Column(name = "amount", precision = 15, scale = 2, updatable = false)
    private BigDecimal amount;
    @Column(name = "currency", length = 3, updatable = false)
    private String currency;
    @Column(name = "filed_on", nullable = false, updatable = false)
    private LocalDate filedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private ClaimOutcome outcome;
    @Column(name = "paid_amount", precision = 15, scale = 2)
    private BigDecimal paidAmount;
    @Column(name = "decided_on")
    private LocalDate decidedOn;

    protected CompensationClaim() {
        // for JPA
    }

    public CompensationClaim(UUID caseId, UUID personId, ClaimKind kind, BigDecimal amount, String currency,
            LocalDate filedOn, LocalDate today, String actor, Instant at) {
        super(actor, at);
        if (caseId == null || personId == null) {
            throw new IllegalArgumentException("case and person required");
        }
        if (kind == null || filedOn == null) {
            throw new DomainRuleViolation("legal.claim.required");
        }
        if (filedOn.isAfter(today)) {
            throw new DomainRuleViolation("legal.date.future");
        }
        String cur = Text.trimToNull(currency);
        if (amount != null) {
            if (amount.signum() < 0) {
                throw new DomainRuleViolation("legal.amount.negative");
            }
            cur = checkedCurrency(cur);
        } else if (cur != null) {
            throw new DomainRuleViolation("legal.currency.withoutAmount");
        }
        this.caseId = caseId;
        this.personId = personId;
        this.kind = kind;
        this.amount = amount;
        this.currency = cur;
        this.filedOn = filedOn;
        this.outcome = ClaimOutcome.Pending;
    }

    private static String checkedCurrency(String code) {
        if (code == null) {
            throw new DomainRuleViolation("legal.currency.required");
        }
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("legal.currency.invalid");
        }
    }

    /** Decides a pending claim; an amount paid only when awarded, in the claim's currency. */
    public void decide(ClaimOutcome result, BigDecimal paid, LocalDate day, LocalDate today, String actor,
            Instant at) {
        if (outcome != ClaimOutcome.Pending) {
            throw new DomainRuleViolation("legal.claim.alreadyDecided");
        }
        if (result == null || result == ClaimOutcome.Pending || day == null) {
            throw new DomainRuleViolation("legal.decision.required");
        }
        if (day.isBefore(filedOn) || day.isAfter(today)) {
            throw new DomainRuleViolation("legal.decidedOn.invalid");
        }
        if (paid != null && (result != ClaimOutcome.Awarded || paid.signum() < 0)) {
            throw new DomainRuleViolation("legal.paidAmount.invalid");
        }
        if (paid != null && currency == null) {
            throw new DomainRuleViolation("legal.currency.required");
        }
        touch(actor, at);
        this.outcome = result;
        this.paidAmount = paid;
        this.decidedOn = day;
    }

    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("caseId", caseId.toString());
        m.put("personId", personId.toString());
        m.put("kind", kind.name());
        m.put("amount", amount == null ? null : amount.toPlainString());
        m.put("currency", currency);
        m.put("filedOn", filedOn.toString());
        m.put("outcome", outcome.name());
        m.put("paidAmount", paidAmount == null ? null : paidAmount.toPlainString());
        m.put("decidedOn", decidedOn == null ? null : decidedOn.toString());
        return m;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public ClaimKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public ClaimOutcome getOutcome() {
        return outcome;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }
}
