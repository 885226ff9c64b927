package org.shield.ui.casefile;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.shield.application.casefile.AddPartyCommand;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.common.ApprovalNeededException;
import org.shield.application.casefile.PartySummary;
import org.shield.application.common.UserMessage;
import org.shield.application.party.PersonDetails.AliasData;
import org.shield.application.party.PersonSummary;
import org.shield.application.party.SavePersonCommand;
import org.shield.domain.casefile.PartyRole;
import org.shield.domain.casefile.RoleInProcess;
import org.shield.domain.common.Text;
import org.shield.domain.party.NameKind;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.party.RevealViewModel;

/**
 * The parties of a case and the form that adds one: pick a person already in the vault by search, or
 * create one on the spot (names and one alias), then give the role (and, for a suspect, the role in
 * the trafficking process). Protected victims and witnesses are listed by pseudonym; opening one goes
 * through a reveal with a stated purpose. Making a recorded victim a suspect meets the non-punishment
 * guard ({@link SuspectGuardViewModel}).
 */
public final class CasePartiesViewModel {
    private final ObservableList<PartySummary> parties = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<PersonSummary> searchResults = FXCollections.observableArrayList();
    private final ObjectProperty<PersonSummary> selectedPerson = new SimpleObjectProperty<>();
    private final BooleanProperty creatingPerson = new SimpleBooleanProperty();
    private final StringProperty nameNative = new SimpleStringProperty("");
    private final StringProperty nameLatin = new SimpleStringProperty("");
    private final StringProperty alias = new SimpleStringProperty("");
    private final ObjectProperty<PartyRole> role = new SimpleObjectProperty<>();
    private final ObjectProperty<RoleInProcess> roleInProcess = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> notice = new SimpleObjectProperty<>();
    private final ObjectBinding<UserMessage> personProblem;
    private final BooleanBinding suspect;
    private final BooleanBinding canAdd;

    private final ReadOnlyObjectProperty<CaseDetails> details;
    private final BooleanBinding canAddParties;
    private final BooleanBinding canRefer;
    private final ScreenContext ctx;
    private final Navigator navigator;
    private final Supplier<UUID> caseId;
    private final Busy busy;
    private final RevealViewModel reveal;
    private final PartyReferralViewModel referral;
    private final SuspectGuardViewModel guard;

    /** For a case whose details are not known here (every action offered; the services still check). */
    public CasePartiesViewModel(ScreenContext ctx, Navigator navigator, Supplier<UUID> caseId) {
        this(ctx, navigator, caseId, new SimpleObjectProperty<>(), () -> { });
    }

    /**
     * {@code details} says what the user may do on the case; {@code onApprovalRequested} runs after a
     * suspect designation was sent to a supervisor (the overview lists the case's requests).
     */
    public CasePartiesViewModel(ScreenContext ctx, Navigator navigator, Supplier<UUID> caseId,
            ReadOnlyObjectProperty<CaseDetails> details, Runnable onApprovalRequested) {
        this.ctx = ctx;
        this.navigator = navigator;
        this.caseId = caseId;
        this.details = details;
        this.busy = new Busy(ctx.tasks());
        this.reveal = new RevealViewModel(ctx, navigator);
        Consumer<Throwable> fail = failure -> error.set(ctx.errors().explain(failure));
        this.referral = new PartyReferralViewModel(ctx, updated -> {
            parties.replaceAll(p -> p.partyId().equals(updated.partyId()) ? updated : p);
            notice.set(new UserMessage("ui.parties.refer.done", updated.referredTo()));
        }, fail);
        this.guard = new SuspectGuardViewModel(ctx, filed -> {
            clearForm();
            notice.set(new UserMessage("ui.parties.guard.requested"));
            onApprovalRequested.run();
        }, fail);
        canAddParties = allows(Permission.PARTY_ADD);
        canRefer = allows(Permission.PARTY_REFER);
        suspect = role.isEqualTo(PartyRole.Suspect);
        role.addListener((o, was, now) -> {
            if (now != PartyRole.Suspect) {
                roleInProcess.set(null);
            }
        });
        personProblem = Bindings.createObjectBinding(() -> {
            if (!creatingPerson.get()) {
                return null;
            }
            boolean noName = Text.trimToNull(nameNative.get()) == null && Text.trimToNull(nameLatin.get()) == null;
            boolean started = role.get() != null || !alias.get().isBlank();
            return noName && started ? new UserMessage("person.name.required") : null;
        }, creatingPerson, nameNative, nameLatin, alias, role);
        canAdd = Bindings.createBooleanBinding(() -> role.get() != null && (creatingPerson.get()
                ? Text.trimToNull(nameNative.get()) != null || Text.trimToNull(nameLatin.get()) != null
                : selectedPerson.get() != null), role, creatingPerson, nameNative, nameLatin, selectedPerson)
                .and(busy.busyProperty().not());
    }

    private BooleanBinding allows(Permission p) {
        return Bindings.createBooleanBinding(() -> details.get() == null || details.get().allows(p), details);
    }

    /** Shows the parties as loaded with the case. */
    public void show(List<PartySummary> loaded) {
        parties.setAll(loaded);
    }

    public void search() {
        String text = searchText.get();
        if (text == null || text.isBlank()) {
            searchResults.clear();
            return;
        }
        busy.run("ui.task.searchPersons", c -> ctx.session().persons().search(text), found -> {
            searchResults.setAll(found);
            if (found.size() == 1) {
                selectedPerson.set(found.get(0));
            }
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    public void add() {
        if (!canAdd.get()) {
            return;
        }
        error.set(null);
        notice.set(null);
        UUID id = caseId.get();
        PartyRole r = role.get();
        RoleInProcess rip = r == PartyRole.Suspect ? roleInProcess.get() : null;
        String partyNote = Text.trimToNull(note.get());
        SavePersonCommand newPerson = creatingPerson.get() ? newPersonCommand() : null;
        UUID existing = creatingPerson.get() ? null : selectedPerson.get().id();
        busy.run("ui.task.addParty", c -> {
            if (newPerson == null) {
                ctx.session().cases().addParty(new AddPartyCommand(id, existing, r, rip, partyNote));
            } else {
                ctx.session().cases().addNewPersonAsParty(newPerson, id, r, rip, partyNote);
            }
            return ctx.session().cases().parties(id);
        }, list -> {
            parties.setAll(list);
            clearForm();
            notice.set(new UserMessage("ui.parties.added"));
            navigator.recordsChanged();
        }, failure -> {
            if (failure instanceof ApprovalNeededException && existing != null && r == PartyRole.Suspect) {
                guard.start(new SuspectGuardViewModel.Designation(id, existing, guardLabel(), rip));
            } else {
                error.set(ctx.errors().explain(failure));
            }
        });
    }

    /** The person as the guard dialog names them: the pseudonym of a protected person, else as listed. */
    private String guardLabel() {
        PersonSummary p = selectedPerson.get();
        return p == null ? "" : p.protectedIdentity() ? p.pseudonym() : p.displayName();
    }

    private SavePersonCommand newPersonCommand() {
        String a = Text.trimToNull(alias.get());
        List<AliasData> aliases = a == null ? List.of() : List.of(new AliasData(NameKind.Alias, a));
        return new SavePersonCommand(null, 0, Text.trimToNull(nameNative.get()), Text.trimToNull(nameLatin.get()),
                null, null, null, aliases, null, null, null, null);
    }

    private void clearForm() {
        searchText.set("");
        searchResults.clear();
        selectedPerson.set(null);
        nameNative.set("");
        nameLatin.set("");
        alias.set("");
        role.set(null);
        roleInProcess.set(null);
        note.set("");
    }

    /** Opens a party's person; a protected one only through a reveal with a stated purpose. */
    public void openPerson(PartySummary party) {
        if (party == null) {
            return;
        }
        if (party.protectedIdentity()) {
            revealIdentity(party);
        } else {
            navigator.openPerson(party.personId());
        }
    }

    /** True when the user cares for some victims (a caseworker, a supervisor): the care record can be opened. */
    public boolean caresForVictims() {
        return ctx.session().holds(org.shield.domain.security.Permission.CARE_VIEW);
    }

    /** Opens a victim's care record (the service says plainly if this victim is not in the user's care). */
    public void openCare(PartySummary party) {
        if (party != null && (party.role() == PartyRole.Victim || party.role() == PartyRole.PossibleVictim)) {
            navigator.openVictim(caseId.get(), party.personId());
        }
    }

    /** Asks for the purpose and reveals a protected party's identity (says plainly if the user may not). */
    public void revealIdentity(PartySummary party) {
        if (party != null && party.protectedIdentity()) {
            error.set(null);
            reveal.start(party.personId(), party.pseudonym());
        }
    }

    /** Refers a protected party (victim or witness) to a caseworker. */
    public void refer(PartySummary party) {
        if (party != null && party.protectedIdentity() && canRefer.get()) {
            error.set(null);
            notice.set(null);
            referral.start(party);
        }
    }

    /** True while the form holds something not added yet. */
    public boolean hasPendingInput() {
        return role.get() != null || !nameNative.get().isBlank() || !nameLatin.get().isBlank()
                || !alias.get().isBlank() || !note.get().isBlank();
    }

    public ObservableList<PartySummary> parties() {
        return parties;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<PersonSummary> searchResults() {
        return searchResults;
    }

    public ObjectProperty<PersonSummary> selectedPersonProperty() {
        return selectedPerson;
    }

    public BooleanProperty creatingPersonProperty() {
        return creatingPerson;
    }

    public StringProperty nameNativeProperty() {
        return nameNative;
    }

    public StringProperty nameLatinProperty() {
        return nameLatin;
    }

    public StringProperty aliasProperty() {
        return alias;
    }

    public ObjectProperty<PartyRole> roleProperty() {
        return role;
    }

    public ObjectProperty<RoleInProcess> roleInProcessProperty() {
        return roleInProcess;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return notice;
    }

    public ObjectBinding<UserMessage> personProblemProperty() {
        return personProblem;
    }

    public BooleanBinding suspectProperty() {
        return suspect;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }

    /** True when the user may add people to this case. */
    public BooleanBinding canAddPartiesProperty() {
        return canAddParties;
    }

    /** True when the user may refer victims of this case to a caseworker. */
    public BooleanBinding canReferProperty() {
        return canRefer;
    }

    public RevealViewModel reveal() {
        return reveal;
    }

    public PartyReferralViewModel referral() {
        return referral;
    }

    public SuspectGuardViewModel guard() {
        return guard;
    }
}
