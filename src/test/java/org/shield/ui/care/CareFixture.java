package org.shield.ui.care;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.ApplicationException;
import org.shield.application.party.SaveOrganisationCommand;
import org.shield.application.party.SavePersonCommand;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.party.OrganisationType;
import org.shield.domain.security.Role;
import org.shield.testing.TestVaults;
import org.shield.ui.DeskFixture;

/** A test vault with one case, a victim referred to caseworker {@link #CASEWORKER}, and a clinic. */
final class CareFixture {
    static final String CASEWORKER = "vm-care-cw";
    static final String INVESTIGATOR = "vm-care-inv";
    private static final char[] PASS = "synthetic care pane passphrase 5".toCharArray();

    final Path vault;
    final UUID caseId;
    final UUID victim;
    final UUID clinic;

    private CareFixture(Path vault, UUID caseId, UUID victim, UUID clinic) {
        this.vault = vault;
        this.caseId = caseId;
        this.victim = victim;
        this.clinic = clinic;
    }

    static CareFixture create(Path vault) throws ApplicationException {
        try (Workspace admin = TestVaults.create(vault)) {
            admin.users().add(CASEWORKER, admin.user().unitCode(), Set.of(Role.Caseworker), PASS, false);
            admin.users().add(INVESTIGATOR, admin.user().unitCode(), Set.of(Role.Investigator), PASS, false);
            UUID caseId = admin.cases().create(new CreateCaseCommand("DEMO-TEST care pane case", null, Set.of(),
                    admin.user().unitCode(), INVESTIGATOR, null, null, null, Set.of())).id();
            UUID victim = admin.persons().save(SavePersonCommand.newPerson(null, "Demo-Pane Victim")).id();
            var party = admin.cases().addParty(new AddPartyCommand(caseId, victim, PartyRole.Victim, null, null));
            admin.cases().referParty(party.partyId(), CASEWORKER);
            UUID clinic = admin.organisations().save(new SaveOrganisationCommand(null, 0, "DEMO-TEST Clinic",
                    OrganisationType.HealthServiceOrganisation, null, null)).id();
            return new CareFixture(vault, caseId, victim, clinic);
        }
    }

    /** The screens of a session signed in as {@code user}. */
    DeskFixture as(String user) throws ApplicationException {
        return DeskFixture.over(TestVaults.vaults().unlock(vault, user, PASS));
    }
}
