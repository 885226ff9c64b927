package org.shield.ui;

import java.util.List;
import java.util.UUID;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.ApplicationException;
import org.shield.application.party.SaveOrganisationCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.party.OrganisationType;

/** Synthetic cases, victims and shelters for the screening and shelter screens' tests. */
public final class VictimFixtures {
    private VictimFixtures() {
    }

    /** A new case with one new victim: {caseId, personId}. */
    public static UUID[] caseWithVictim(Workspace ws, String title) throws ApplicationException {
        UUID caseId = ws.cases().create(CreateCaseCommand.titled(title)).id();
        UUID personId = ws.cases().addNewPersonAsParty(new SavePersonCommand(null, 0, null, "Demo-Test Victim", null,
                null, null, List.of(), null, null, null, null), caseId, PartyRole.Victim, null, null).personId();
        return new UUID[] {caseId, personId};
    }

    /** A new organisation (an NGO shelter) named {@code name}. */
    public static UUID shelter(Workspace ws, String name) throws ApplicationException {
        return ws.organisations().save(new SaveOrganisationCommand(null, 0, name, OrganisationType.NGO, "DEMO town",
                "TH")).id();
    }
}
