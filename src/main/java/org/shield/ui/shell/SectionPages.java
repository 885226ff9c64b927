package org.shield.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Parent;
import org.shield.ui.approval.ApprovalsView;
import org.shield.ui.audit.AuditView;
import org.shield.ui.casefile.CaseListView;
import org.shield.ui.common.ViewLoader;
import org.shield.ui.evidence.EvidenceIntegrityView;
import org.shield.ui.party.OrganisationListView;
import org.shield.ui.party.PersonSearchView;
import org.shield.ui.security.UsersView;
import org.shield.ui.settings.SettingsView;

/** Builds each section's page once, on first visit, over the main view model's section view models. */
public final class SectionPages {
    private final MainViewModel vm;
    private final ViewLoader loader;
    private final Map<Section, Parent> built = new EnumMap<>(Section.class);

    public SectionPages(MainViewModel vm, ViewLoader loader) {
        this.vm = vm;
        this.loader = loader;
    }

    Parent page(Section s) {
        return built.computeIfAbsent(s, this::build);
    }

    private Parent build(Section s) {
        return switch (s) {
            case CASES -> new CaseListView(vm.cases(), loader).root();
            case VICTIMS -> new org.shield.ui.victim.VictimsView(vm.victims(), loader,
                    new org.shield.ui.shelter.MyTasksView(vm.victims().tasks(), loader).root()).root();
            case PERSONS -> new PersonSearchView(vm.persons(), loader).root();
            case ORGANISATIONS -> new OrganisationListView(vm.organisations(), loader).root();
            case APPROVALS -> new ApprovalsView(vm.approvals(), loader).root();
            case USERS -> new UsersView(vm.users(), loader).root();
            case AUDIT -> new AuditView(vm.audit(), loader).root();
            case EVIDENCE -> new EvidenceIntegrityView(vm.evidenceIntegrity(), loader).root();
            case SYNC -> new org.shield.ui.sync.SyncView(vm.sync(), loader).root();
            case SETTINGS -> new SettingsView(vm.settings(), loader).root();
        };
    }
}
