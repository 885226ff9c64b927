package org.shield.application.care;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.care.AssessmentKind;
import org.shield.domain.care.AssessmentScope;
import org.shield.domain.care.RiskLevel;

/** Records a new assessment of a victim in a case (earlier ones are kept as they were). */
public record RecordAssessmentCommand(UUID caseId, UUID personId, AssessmentKind kind, AssessmentScope scope,
        LocalDate assessedOn, RiskLevel level, String findings) {
}
