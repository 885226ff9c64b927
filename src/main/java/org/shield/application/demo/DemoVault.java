package org.shield.application.demo;

import org.shield.domain.security.Role;

import java.nio.file.Path;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.application.security.VaultService;
import org.shield.application.security.Workspace;

/**
 * The built-in demo vault: a separate vault, created with synthetic data on first use, whose user and
 * passphrase are public (shown on the unlock screen). It never holds real data. Blocking.
 */
public final class DemoVault {
    public static final String USER = "demo";
    public static final String PASSPHRASE = "training vault - invented data only";
    public static final String UNIT = "DEMO";
    public static final int CASES = 40;
    /** Other demo accounts, one per role, with the same public passphrase. */
    public static final String INVESTIGATOR = "demo.investigator";
    public static final String CASEWORKER = "demo.caseworker";
    public static final String SUPERVISOR = "demo.supervisor";
    public static final String AUDITOR = "demo.auditor";

    private final VaultService vaults;

    public DemoVault(VaultService vaults) {
        this.vaults = vaults;
    }

    /** Creates the demo vault in {@code dir} with demo data if it does not exist yet. */
    public void ensure(Path dir, ProgressListener progress, CancellationToken cancel) throws ApplicationException {
        if (vaults.exists(dir)) {
            return;
        }
        java.util.List<java.util.UUID> ledByInvestigator;
        java.util.List<java.util.UUID> shelters = new java.util.ArrayList<>();
        try (Workspace ws = vaults.create(dir, USER, UNIT, PASSPHRASE.toCharArray())) {
            ws.users().add(INVESTIGATOR, UNIT, java.util.Set.of(Role.Investigator), PASSPHRASE.toCharArray(), false);
            ws.users().add(CASEWORKER, UNIT, java.util.Set.of(Role.Caseworker), PASSPHRASE.toCharArray(), false);
            ws.users().add(SUPERVISOR, UNIT, java.util.Set.of(Role.Supervisor), PASSPHRASE.toCharArray(), false);
            ws.users().add(AUDITOR, UNIT, java.util.Set.of(Role.Auditor), PASSPHRASE.toCharArray(), false);
            DemoDataService.forWorkspace(ws, java.time.Clock.systemDefaultZone()).withDemoTeam(INVESTIGATOR, CASEWORKER)
                    .generate(CASES, 2026L, progress, cancel);
            for (String name : new String[] {"DEMO Northern Shelter Home (fictional)",
                "DEMO Central Protection Centre (fictional)"}) {
                shelters.add(ws.organisations().save(new org.shield.application.party.SaveOrganisationCommand(null, 0,
                        name, org.shield.domain.party.OrganisationType.NGO, "Demo Town A", "TH")).id());
            }
            ledByInvestigator = ws.cases().list(org.shield.application.casefile.CaseQuery.all()).stream()
                    .filter(c -> INVESTIGATOR.equals(c.leadInvestigator())).limit(2)
                    .map(org.shield.application.casefile.CaseSummary::id).toList();
        }
        // the caseworker's victims at every stage of care; their MDT decisions wait for a supervisor
        try (Workspace cw = vaults.unlock(dir, CASEWORKER, PASSPHRASE.toCharArray())) {
            new DemoCareData(cw, java.time.Clock.systemDefaultZone()).generate(shelters);
        }
        try (Workspace sup = vaults.unlock(dir, SUPERVISOR, PASSPHRASE.toCharArray())) {
            var mdt = sup.approvals().pending().stream()
                    .filter(a -> a.kind() == org.shield.domain.approval.ApprovalKind.MdtDecision).toList();
            for (int i = 1; i < mdt.size(); i++) { // one stays pending for the demo user to decide
                sup.approvals().approve(mdt.get(i).id(), mdt.get(i).version(), "DEMO agreed (invented)");
            }
        }
        // two closure requests by the investigator wait for the demo user's decision on first opening
        try (Workspace inv = vaults.unlock(dir, INVESTIGATOR, PASSPHRASE.toCharArray())) {
            for (java.util.UUID id : ledByInvestigator) {
                inv.approvals().requestClosure(id, org.shield.domain.casefile.CaseStatus.Closed,
                        "DEMO: the fictional investigation is complete and the file is ready for closure.");
            }
        }
    }
}
