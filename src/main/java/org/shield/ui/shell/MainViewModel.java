package org.shield.ui.shell;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.UserMessage;
import org.shield.ui.casefile.CaseListViewModel;
import org.shield.ui.casefile.CaseViewModel;
import org.shield.ui.common.Document;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.party.OrganisationEditorViewModel;
import org.shield.ui.party.OrganisationListViewModel;
import org.shield.ui.party.PersonEditorViewModel;
import org.shield.ui.party.PersonSearchViewModel;
import org.shield.ui.settings.SettingsViewModel;

/**
 * The main window's state: the chosen section, the records open in tabs (each with its unsaved edits),
 * and the global person search. Outlives its view: a language switch builds a new view over it.
 */
public final class MainViewModel implements Navigator {
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.CASES);
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    /** The document in front, or null when the section page is in front. */
    private final ObjectProperty<Document> selected = new SimpleObjectProperty<>();
    private final ScreenContext ctx;
    private final CaseListViewModel cases;
    private final PersonSearchViewModel persons;
    private final OrganisationListViewModel organisations;
    private final SettingsViewModel settings;
    private final PersonSearchViewModel globalSearch;

    public MainViewModel(ScreenContext ctx, Supplier<SettingsViewModel> settingsFactory) {
        this.ctx = ctx;
        this.cases = new CaseListViewModel(ctx, this);
        this.persons = new PersonSearchViewModel(ctx, this);
        this.organisations = new OrganisationListViewModel(ctx, this);
        this.globalSearch = new PersonSearchViewModel(ctx, this);
        this.settings = settingsFactory.get();
    }

    public void show(Section s) {
        section.set(Objects.requireNonNull(s));
        selected.set(null);
        if (s == Section.CASES) {
            cases.showing();
        } else if (s == Section.ORGANISATIONS && organisations.results().isEmpty()) {
            organisations.search();
        } else if (s == Section.SETTINGS) {
            settings.reset();
        }
    }

    @Override
    public void openCase(UUID caseId) {
        if (!bringToFront(caseId)) {
            CaseViewModel vm = new CaseViewModel(ctx, this);
            vm.open(caseId);
            add(vm);
        }
    }

    @Override
    public void newCase() {
        CaseViewModel vm = new CaseViewModel(ctx, this);
        vm.startNew();
        add(vm);
    }

    @Override
    public void openPerson(UUID personId) {
        if (!bringToFront(personId)) {
            PersonEditorViewModel vm = new PersonEditorViewModel(ctx, this);
            vm.open(personId);
            add(vm);
        }
    }

    @Override
    public void openRevealedPerson(org.shield.application.party.PersonDetails revealed, String purpose) {
        if (!bringToFront(revealed.id())) {
            PersonEditorViewModel vm = new PersonEditorViewModel(ctx, this);
            vm.showRevealed(revealed, purpose);
            add(vm);
        }
    }

    @Override
    public void newPerson() {
        PersonEditorViewModel vm = new PersonEditorViewModel(ctx, this);
        vm.startNew();
        add(vm);
    }

    @Override
    public void openOrganisation(UUID organisationId) {
        if (!bringToFront(organisationId)) {
            OrganisationEditorViewModel vm = new OrganisationEditorViewModel(ctx, this);
            vm.open(organisationId);
            add(vm);
        }
    }

    @Override
    public void newOrganisation() {
        OrganisationEditorViewModel vm = new OrganisationEditorViewModel(ctx, this);
        vm.startNew();
        add(vm);
    }

    @Override
    public void recordsChanged() {
        cases.changedElsewhere();
        if (!organisations.results().isEmpty()) {
            organisations.search();
        }
    }

    private boolean bringToFront(Object identity) {
        Optional<Document> open = documents.stream().filter(d -> identity.equals(d.identity())).findFirst();
        open.ifPresent(selected::set);
        return open.isPresent();
    }

    private void add(Document d) {
        documents.add(d);
        selected.set(d);
    }

    /** Closes a document; one with unsaved edits only after the user agrees to discard them. */
    public boolean close(Document d) {
        if (d.dirtyProperty().get() && !ctx.dialogs().confirm(new UserMessage("ui.document.discard.question"),
                "ui.document.discard.action")) {
            return false;
        }
        documents.remove(d);
        if (selected.get() == d) {
            selected.set(documents.isEmpty() ? null : documents.get(documents.size() - 1));
        }
        return true;
    }

    /** True when some open document holds edits not saved yet. */
    public boolean hasUnsavedWork() {
        return documents.stream().anyMatch(d -> d.dirtyProperty().get());
    }

    public CurrentUser user() {
        return ctx.session().user();
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObservableList<Document> documents() {
        return documents;
    }

    public ObjectProperty<Document> selectedProperty() {
        return selected;
    }

    public CaseListViewModel cases() {
        return cases;
    }

    public PersonSearchViewModel persons() {
        return persons;
    }

    public OrganisationListViewModel organisations() {
        return organisations;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public PersonSearchViewModel globalSearch() {
        return globalSearch;
    }
}
