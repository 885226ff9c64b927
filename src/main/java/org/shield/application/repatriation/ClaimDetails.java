package org.shield.application.repatriation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.legal.ClaimKind;
import org.shield.domain.legal.ClaimOutcome;

/** A compensation or restitution claim and its outcome. */
public record ClaimDetails(UUID id, ClaimKind kind, BigDecimal amount, String currency, LocalDate filedOn,
        ClaimOutcome outcome, BigDecimal paidAmount, LocalDate decidedOn, long version) {
}
