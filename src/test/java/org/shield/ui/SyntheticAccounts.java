package org.shield.ui;

import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.common.ApplicationException;
import org.shield.application.security.Workspace;
import org.shield.domain.casefile.CaseStatus;
import org.shield.domain.security.Role;
import org.shield.testing.TestVaults;

/**
 * Obviously synthetic second accounts in a test vault, and the work they do before a test signs in as
 * the test administrator (who is also a supervisor of unit TST).
 */
public final class SyntheticAccounts {
    public static final String INVESTIGATOR = "synthetic.investigator";
    public static final String INVESTIGATOR_PASSPHRASE = "synthetic investigator words 7";

    private SyntheticAccounts() {
    }

    /** Adds an investigator-only user of unit TST (their own passphrase, no change required). */
    public static void addInvestigator(Workspace admin) throws ApplicationException {
        admin.users().add(INVESTIGATOR, "TST", Set.of(Role.Investigator), INVESTIGATOR_PASSPHRASE.toCharArray(), false);
    }

    public static Workspace unlockInvestigator(Path vault) throws ApplicationException {
        return TestVaults.vaults().unlock(vault, INVESTIGATOR, INVESTIGATOR_PASSPHRASE.toCharArray());
    }

    /**
     * Creates a vault in {@code vault} where the investigator opened a case and asked for its closure.
     * Every workspace is closed again. Returns the case id.
     */
    public static UUID vaultWithClosureRequest(Path vault) throws ApplicationException {
        try (Workspace admin = TestVaults.create(vault)) {
            addInvestigator(admin);
        }
        try (Workspace inv = unlockInvestigator(vault)) {
            UUID caseId = inv.cases().create(CreateCaseCommand.titled("DEMO-TEST case to close")).id();
            inv.approvals().requestClosure(caseId, CaseStatus.Closed, "synthetic reason: DEMO-TEST work finished");
            return caseId;
        }
    }
}
