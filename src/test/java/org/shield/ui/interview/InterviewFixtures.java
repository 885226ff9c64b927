package org.shield.ui.interview;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.ApplicationException;
import org.shield.application.interview.InterviewDetails;
import org.shield.application.interview.SaveInterviewCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.interview.Consent;
import org.shield.domain.interview.InterviewConditions;
import org.shield.domain.interview.InterviewKind;
import org.shield.domain.interview.Statement;
import org.shield.ui.DeskFixture;

/** Synthetic cases, victims and interviews for the interview screens' tests. */
final class InterviewFixtures {
    private InterviewFixtures() {
    }

    /** A new case with one new victim; returns {caseId, personId}. */
    static UUID[] caseWithVictim(Workspace ws, String title) throws ApplicationException {
        UUID caseId = ws.cases().create(CreateCaseCommand.titled(title)).id();
        UUID personId = ws.cases().addNewPersonAsParty(new SavePersonCommand(null, 0, null, "Demo-Test Victim", null,
                null, null, List.of(), null, null, null, null), caseId, PartyRole.Victim, null, null).personId();
        return new UUID[] {caseId, personId};
    }

    static UUID caseWithParty(Workspace ws, String title, UUID personId) throws ApplicationException {
        UUID caseId = ws.cases().create(CreateCaseCommand.titled(title)).id();
        ws.cases().addParty(new AddPartyCommand(caseId, personId, PartyRole.Victim, null, null));
        return caseId;
    }

    /** Schedules a victim interview through the service, having seen {@code seen} earlier ones. */
    static InterviewDetails interview(Workspace ws, UUID caseId, UUID personId, int seen) throws ApplicationException {
        return ws.interviews().save(new SaveInterviewCommand(null, 0, caseId, personId, InterviewKind.Victim,
                InterviewConditions.empty(), Consent.NONE, Statement.NONE, seen));
    }

    /** The Interviews tab's view model over a stored case, as the case view builds it. */
    static InterviewsViewModel interviews(DeskFixture desk, UUID caseId, List<String> guardCalls)
            throws ApplicationException {
        CaseDetails details = desk.session.cases().get(caseId);
        return new InterviewsViewModel(desk.context, () -> caseId, new SimpleObjectProperty<>(details),
                FXCollections.observableArrayList(desk.session.cases().parties(caseId)),
                (personId, label) -> guardCalls.add(personId + " " + label));
    }
}
