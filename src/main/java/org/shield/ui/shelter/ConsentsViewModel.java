package org.shield.ui.shelter;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.care.ConsentDetails;
import org.shield.application.common.UserMessage;
import org.shield.application.party.OrganisationDetails;
import org.shield.domain.care.ConsentForm;
import org.shield.domain.care.ConsentPurpose;
import org.shield.domain.common.Text;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * A victim's consents in a case, one per purpose (sharing names one partner organisation): when and how
 * each was given and whether it holds today. Recording and withdrawing are dialogs; a withdrawal stops,
 * from its day on, what the consent covered (for sharing: the sharing with that partner), and the consent
 * stays on record.
 */
public final class ConsentsViewModel {
    static final int WITNESS_MAX = 200;
    static final int NOTE_MAX = 1_000;

    private final ObservableList<ConsentDetails> consents = FXCollections.observableArrayList();
    private final ObservableList<OrganisationDetails> partners = FXCollections.observableArrayList();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> problem = new SimpleObjectProperty<>();

    private final BooleanProperty recording = new SimpleBooleanProperty();
    private final ObjectProperty<ConsentPurpose> purpose = new SimpleObjectProperty<>();
    private final ObjectProperty<OrganisationDetails> partner = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> givenOn = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsentForm> form = new SimpleObjectProperty<>();
    private final StringProperty witness = new SimpleStringProperty("");
    private final BooleanBinding needsPartner;
    private final BooleanBinding needsWitness;
    private final BooleanBinding canRecord;

    private final BooleanProperty withdrawing = new SimpleBooleanProperty();
    private final ObjectProperty<ConsentDetails> withdrawn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> withdrawnOn = new SimpleObjectProperty<>();
    private final StringProperty withdrawalNote = new SimpleStringProperty("");
    private final BooleanBinding canWithdraw;

    private final ScreenContext ctx;
    private final UUID caseId;
    private final UUID personId;
    private final Busy busy;

    public ConsentsViewModel(ScreenContext ctx, UUID caseId, UUID personId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.personId = personId;
        this.busy = new Busy(ctx.tasks());
        needsPartner = Bindings.createBooleanBinding(() -> purpose.get() == ConsentPurpose.SharingWithPartner,
                purpose);
        needsWitness = Bindings.createBooleanBinding(() -> form.get() != null && form.get() != ConsentForm.Signed,
                form);
        canRecord = Bindings.createBooleanBinding(() -> purpose.get() != null && givenOn.get() != null
                && form.get() != null && (!needsPartner.get() || partner.get() != null)
                && (!needsWitness.get() || !witness.get().isBlank()), purpose, givenOn, form, partner, witness,
                needsPartner, needsWitness).and(busy.busyProperty().not());
        canWithdraw = Bindings.createBooleanBinding(() -> withdrawn.get() != null && withdrawnOn.get() != null,
                withdrawn, withdrawnOn).and(busy.busyProperty().not());
    }

    public void load() {
        read(true);
    }

    /** Reads again; {@code fresh} clears the error shown (not after a failure that asked for the re-read). */
    private void read(boolean fresh) {
        if (fresh) {
            error.set(null);
        }
        busy.run("ui.consents.task.load", c -> {
            var ws = ctx.session().workspace();
            return new Loaded(ws.care().consents(caseId, personId), ws.organisations().findByName(""));
        }, loaded -> {
            consents.setAll(loaded.consents());
            partners.setAll(loaded.partners());
        }, failure -> error.set(ctx.errors().explain(failure)));
    }

    private record Loaded(List<ConsentDetails> consents, List<OrganisationDetails> partners) {
    }

    /** Opens the record dialog: given today, nothing else chosen. */
    public void startRecord() {
        purpose.set(null);
        partner.set(null);
        givenOn.set(today());
        form.set(null);
        witness.set("");
        problem.set(null);
        recording.set(true);
    }

    public void record() {
        if (!canRecord.get()) {
            return;
        }
        UserMessage invalid = givenOn.get().isAfter(today()) ? new UserMessage("consent.givenOn.future")
                : witness.get().strip().length() > WITNESS_MAX ? new UserMessage("consent.witness.tooLong", WITNESS_MAX)
                : null;
        problem.set(invalid);
        if (invalid != null) {
            reask(recording);
            return;
        }
        recording.set(false);
        ConsentPurpose p = purpose.get();
        UUID partnerId = needsPartner.get() ? partner.get().id() : null;
        LocalDate day = givenOn.get();
        ConsentForm f = form.get();
        String w = needsWitness.get() ? Text.trimToNull(witness.get()) : null;
        change("ui.consents.task.record", care -> care.recordConsent(caseId, personId, p, partnerId, day, f, w));
    }

    /** Opens the withdraw dialog for a consent that holds. */
    public void startWithdraw(ConsentDetails consent) {
        if (consent == null || consent.withdrawnOn() != null) {
            return;
        }
        withdrawn.set(consent);
        withdrawnOn.set(today());
        withdrawalNote.set("");
        problem.set(null);
        withdrawing.set(true);
    }

    public void withdraw() {
        if (!canWithdraw.get()) {
            return;
        }
        ConsentDetails c = withdrawn.get();
        UserMessage invalid = withdrawnOn.get().isAfter(today()) || withdrawnOn.get().isBefore(c.givenOn())
                ? new UserMessage("consent.withdrawnOn.invalid")
                : withdrawalNote.get().strip().length() > NOTE_MAX
                ? new UserMessage("consent.withdrawalNote.tooLong", NOTE_MAX) : null;
        problem.set(invalid);
        if (invalid != null) {
            reask(withdrawing);
            return;
        }
        withdrawing.set(false);
        LocalDate day = withdrawnOn.get();
        String note = Text.trimToNull(withdrawalNote.get());
        change("ui.consents.task.withdraw", care -> care.withdrawConsent(c.id(), c.version(), day, note));
    }

    /** Asks again (the dialog closed on its button) so the user sees the problem and can correct it. */
    private static void reask(BooleanProperty asking) {
        asking.set(false);
        asking.set(true);
    }

    public void cancel() {
        recording.set(false);
        withdrawing.set(false);
        withdrawn.set(null);
        problem.set(null);
    }

    @FunctionalInterface
    private interface CareChange {
        Object apply(org.shield.application.care.CareService care) throws Exception;
    }

    private void change(String titleKey, CareChange work) {
        error.set(null);
        busy.run(titleKey, c -> {
            var care = ctx.session().workspace().care();
            work.apply(care);
            return care.consents(caseId, personId);
        }, list -> {
            consents.setAll(list);
            withdrawn.set(null);
        }, failure -> {
            error.set(ctx.errors().explain(failure));
            if (failure instanceof org.shield.application.common.ConflictException) {
                read(false);
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(ctx.clock());
    }

    public ObservableList<ConsentDetails> consents() {
        return consents;
    }

    public ObservableList<OrganisationDetails> partners() {
        return partners;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    /** What is wrong with the open dialog's input. */
    public ObjectProperty<UserMessage> problemProperty() {
        return problem;
    }

    public BooleanProperty recordingProperty() {
        return recording;
    }

    public ObjectProperty<ConsentPurpose> purposeProperty() {
        return purpose;
    }

    public ObjectProperty<OrganisationDetails> partnerProperty() {
        return partner;
    }

    public ObjectProperty<LocalDate> givenOnProperty() {
        return givenOn;
    }

    public ObjectProperty<ConsentForm> formProperty() {
        return form;
    }

    /** The witness of a verbal consent, or the guardian who consented for a minor. */
    public StringProperty witnessProperty() {
        return witness;
    }

    public BooleanBinding needsPartnerProperty() {
        return needsPartner;
    }

    public BooleanBinding needsWitnessProperty() {
        return needsWitness;
    }

    public BooleanBinding canRecordProperty() {
        return canRecord;
    }

    public BooleanProperty withdrawingProperty() {
        return withdrawing;
    }

    public ObjectProperty<ConsentDetails> withdrawnProperty() {
        return withdrawn;
    }

    public ObjectProperty<LocalDate> withdrawnOnProperty() {
        return withdrawnOn;
    }

    public StringProperty withdrawalNoteProperty() {
        return withdrawalNote;
    }

    public BooleanBinding canWithdrawProperty() {
        return canWithdraw;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
