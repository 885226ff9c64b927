package org.shield.ui.report;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.application.common.ApplicationException;
import org.shield.application.interview.InterviewDetails;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.ConsentAnswer;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.Statement;

/** Synthetic records the report dialog's tests print. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    /** A victim interview of {@code personId} in the case, recorded and signed off; its id. */
    static UUID signedOffInterview(Workspace ws, UUID caseId, UUID personId) throws ApplicationException {
        InterviewDetails i = ws.interviews().save(new SaveInterviewCommand(null, 0, caseId, personId,
                InterviewKind.Victim, new InterviewConditions(LocalDate.of(2026, 11, 1), null, null, null, null, null,
                        null, null, false, null, null),
                new Consent(ConsentAnswer.Yes, null, null, null, null, null, null, null, null),
                new Statement("th", "DEMO-TEST what was said", null, null, null), 0));
        return ws.interviews().signOff(i.id(), i.version()).id();
    }
}
