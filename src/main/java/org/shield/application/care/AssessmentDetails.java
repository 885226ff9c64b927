package org.shield.application.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.care.AssessmentKind;
import org.shield.domain.care.AssessmentScope;
import org.shield.domain.care.RiskLevel;

/** A needs or risk assessment as screens show it; never changed once recorded. */
public record AssessmentDetails(UUID id, UUID caseId, UUID personId, AssessmentKind kind, AssessmentScope scope,
        LocalDate assessedOn, RiskLevel level, String findings, String assessedBy, Instant recordedAt) {
}
