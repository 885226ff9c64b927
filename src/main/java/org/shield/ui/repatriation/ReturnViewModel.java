package org.shield.ui.repatriation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import org.shield.application.common.ApplicationException;
import org.shield.application.common.UserMessage;
import org.shield.application.party.OrganisationDetails;
import org.shield.application.repatriation.FollowUpDetails;
import org.shield.application.repatriation.RepatriationDetails;
import org.shield.application.repatriation.RepatriationService;
import org.shield.application.repatriation.ReturnConsentStatus;
import org.shield.domain.care.RiskLevel;
import org.shield.domain.common.Text;
import org.shield.domain.repatriation.NationalityVerification;
import org.shield.domain.repatriation.RepatriationStatus;
import org.shield.domain.repatriation.ReturnPlan;
import org.shield.domain.repatriation.TravelDocumentType;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * A victim's return home: the consent to return (shown plainly, with why planning is blocked), the plan
 * (edited on a copy, saved with the version loaded), the handover, and the follow-ups at 3, 6 and 12 months
 * with overdue ones marked and re-trafficking flagged. Reads and writes run through the task runner.
 */
public final class ReturnViewModel {
    private final ScreenContext ctx;
    private final UUID caseId;
    private final UUID personId;
    private final Busy busy;

    private final ObjectProperty<ReturnConsentStatus> consent = new SimpleObjectProperty<>();
    private final ObjectProperty<RepatriationDetails> current = new SimpleObjectProperty<>();
    private final ObservableList<FollowUpDetails> followUps = FXCollections.observableArrayList();
    private final BooleanProperty reTrafficked = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();

    // the plan, as edited
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<NationalityVerification> nationality =
            new SimpleObjectProperty<>(NationalityVerification.NotStarted);
    private final ObjectProperty<LocalDate> verifiedOn = new SimpleObjectProperty<>();
    private final StringProperty verifiedBy = new SimpleStringProperty("");
    private final ObjectProperty<TravelDocumentType> documentType = new SimpleObjectProperty<>();
    private final StringProperty embassy = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> documentIssuedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> documentExpiresOn = new SimpleObjectProperty<>();
    private final StringProperty consularContact = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> consularContactOn = new SimpleObjectProperty<>();
    private final StringProperty networkDanger = new SimpleStringProperty("");
    private final StringProperty brokerDebt = new SimpleStringProperty("");
    private final StringProperty familySituation = new SimpleStringProperty("");
    private final ObjectProperty<RiskLevel> overallRisk = new SimpleObjectProperty<>();
    private final StringProperty receivingOrganisation = new SimpleStringProperty("");
    private final ObjectProperty<UUID> receivingOrganisationId = new SimpleObjectProperty<>();
    private final ObservableList<OrganisationDetails> organisations = FXCollections.observableArrayList();

    // the handover, cancellation and a follow-up, as entered
    private final ObjectProperty<LocalDate> handoverOn = new SimpleObjectProperty<>();
    private final StringProperty handoverPlace = new SimpleStringProperty("");
    private final StringProperty handedOverBy = new SimpleStringProperty("");
    private final StringProperty handedOverTo = new SimpleStringProperty("");
    private final StringProperty cancelReason = new SimpleStringProperty("");
    private final ObjectProperty<FollowUpDetails> selectedFollowUp = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> followUpDoneOn = new SimpleObjectProperty<>();
    private final StringProperty followUpOutcome = new SimpleStringProperty("");
    private final BooleanProperty followUpReTrafficked = new SimpleBooleanProperty();

    private final BooleanBinding consentActive;
    private final BooleanBinding open;
    private final BooleanBinding canPlan;
    private final BooleanBinding canSavePlan;
    private final BooleanBinding canHandOver;
    private final BooleanBinding canCancel;
    private final BooleanBinding canRecordFollowUp;

    public ReturnViewModel(ScreenContext ctx, UUID caseId, UUID personId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.personId = personId;
        this.busy = new Busy(ctx.tasks());
        var idle = busy.busyProperty().not();
        consentActive = Bindings.createBooleanBinding(() -> consent.get() != null && consent.get().active(),
                consent);
        open = Bindings.createBooleanBinding(() -> current.get() != null
                && (current.get().status() == RepatriationStatus.Planned
                || current.get().status() == RepatriationStatus.DocumentsReady), current);
        BooleanBinding noneOpen = Bindings.createBooleanBinding(() -> current.get() == null
                || current.get().status() == RepatriationStatus.Cancelled, current);
        BooleanBinding hasCountry = Bindings.createBooleanBinding(() -> Text.trimToNull(country.get()) != null,
                country);
        canPlan = noneOpen.and(consentActive).and(hasCountry).and(idle);
        canSavePlan = open.and(hasCountry).and(idle);
        canHandOver = open.and(consentActive).and(Bindings.createBooleanBinding(() -> handoverOn.get() != null
                && Text.trimToNull(handoverPlace.get()) != null && Text.trimToNull(handedOverBy.get()) != null
                && Text.trimToNull(handedOverTo.get()) != null, handoverOn, handoverPlace, handedOverBy,
                handedOverTo)).and(idle);
        canCancel = open.and(Bindings.createBooleanBinding(() -> Text.trimToNull(cancelReason.get()) != null,
                cancelReason)).and(idle);
        canRecordFollowUp = Bindings.createBooleanBinding(() -> selectedFollowUp.get() != null
                && selectedFollowUp.get().doneOn() == null && followUpDoneOn.get() != null
                && Text.trimToNull(followUpOutcome.get()) != null, selectedFollowUp, followUpDoneOn,
                followUpOutcome).and(idle);
    }

    /** Reads the consent, the current return and its follow-ups. */
    public void load() {
        error.set(null);
        busy.run("ui.task.loadReturn", c -> read(), this::show, this::fail);
    }

    /**
     * Reads only the consent to return again: the Consent tab may have recorded or withdrawn it since this pane
     * was loaded. The plan as typed stays.
     */
    public void reloadConsent() {
        busy.run("ui.task.loadReturn", c -> service().consent(caseId, personId), consent::set, this::fail);
    }

    private record Loaded(ReturnConsentStatus consent, Optional<RepatriationDetails> current,
            List<FollowUpDetails> followUps, boolean reTrafficked, List<OrganisationDetails> organisations) {
    }

    private Loaded read() throws ApplicationException {
        RepatriationService s = service();
        List<OrganisationDetails> orgs;
        try {
            orgs = ctx.session().organisations().findByName("");
        } catch (org.shield.application.common.AccessDeniedException e) {
            orgs = List.of(); // the name can still be typed
        }
        return new Loaded(s.consent(caseId, personId), s.current(caseId, personId), s.followUps(caseId, personId),
                s.reTrafficked(caseId, personId), orgs);
    }

    private void show(Loaded l) {
        organisations.setAll(l.organisations());
        consent.set(l.consent());
        followUps.setAll(l.followUps());
        reTrafficked.set(l.reTrafficked());
        showReturn(l.current().orElse(null));
    }

    private void showReturn(RepatriationDetails r) {
        current.set(r);
        if (r == null || r.status() == RepatriationStatus.Cancelled) {
            return; // keep what is typed for a new plan
        }
        ReturnPlan p = r.plan();
        country.set(p.country());
        place.set(nz(p.placeOfReturn()));
        nationality.set(p.nationalityVerification());
        verifiedOn.set(p.nationalityVerifiedOn());
        verifiedBy.set(nz(p.nationalityVerifiedBy()));
        documentType.set(p.travelDocumentType());
        embassy.set(nz(p.issuingEmbassy()));
        documentIssuedOn.set(p.documentIssuedOn());
        documentExpiresOn.set(p.documentExpiresOn());
        consularContact.set(nz(p.consularContact()));
        consularContactOn.set(p.consularContactOn());
        networkDanger.set(nz(p.networkDanger()));
        brokerDebt.set(nz(p.brokerDebt()));
        familySituation.set(nz(p.familySituation()));
        overallRisk.set(p.overallRisk());
        receivingOrganisationId.set(p.receivingOrganisationId());
        receivingOrganisation.set(nz(p.receivingOrganisationName()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private ReturnPlan editedPlan() {
        // an organisation of the vault, or else the name as typed
        UUID orgId = receivingOrganisationId.get();
        return new ReturnPlan(country.get(), place.get(), nationality.get(), verifiedOn.get(), verifiedBy.get(),
                documentType.get(), embassy.get(), documentIssuedOn.get(), documentExpiresOn.get(),
                consularContact.get(), consularContactOn.get(), networkDanger.get(), brokerDebt.get(),
                familySituation.get(), overallRisk.get(), orgId, orgId == null ? receivingOrganisation.get() : null);
    }

    /** Plans a new return (allowed only while the consent to return home holds). */
    public void plan() {
        if (!canPlan.get()) {
            return;
        }
        ReturnPlan p = editedPlan();
        error.set(null);
        busy.run("ui.task.saveReturn", c -> service().plan(caseId, personId, p), this::showReturn, this::fail);
    }

    /** Saves changes to the open return's plan. */
    public void savePlan() {
        if (!canSavePlan.get()) {
            return;
        }
        RepatriationDetails r = current.get();
        ReturnPlan p = editedPlan();
        error.set(null);
        busy.run("ui.task.saveReturn", c -> service().update(r.id(), r.version(), p), this::showReturn, this::fail);
    }

    public void handOver() {
        if (!canHandOver.get()) {
            return;
        }
        RepatriationDetails r = current.get();
        LocalDate day = handoverOn.get();
        String where = handoverPlace.get();
        String by = handedOverBy.get();
        String to = handedOverTo.get();
        error.set(null);
        busy.run("ui.task.saveReturn", c -> {
            service().handOver(r.id(), r.version(), day, where, by, to);
            return read();
        }, this::show, this::fail);
    }

    public void cancel() {
        if (!canCancel.get()) {
            return;
        }
        RepatriationDetails r = current.get();
        String reason = cancelReason.get();
        error.set(null);
        busy.run("ui.task.saveReturn", c -> service().cancel(r.id(), r.version(), reason), done -> {
            current.set(done);
            cancelReason.set("");
        }, this::fail);
    }

    public void recordFollowUp() {
        if (!canRecordFollowUp.get()) {
            return;
        }
        FollowUpDetails f = selectedFollowUp.get();
        LocalDate day = followUpDoneOn.get();
        String outcome = followUpOutcome.get();
        boolean again = followUpReTrafficked.get();
        error.set(null);
        busy.run("ui.task.saveReturn", c -> {
            service().recordFollowUp(f.id(), f.version(), day, outcome, again);
            return read();
        }, l -> {
            show(l);
            selectedFollowUp.set(null);
            followUpDoneOn.set(null);
            followUpOutcome.set("");
            followUpReTrafficked.set(false);
        }, this::fail);
    }

    private RepatriationService service() throws org.shield.application.common.VaultLockedException {
        return ctx.session().workspace().repatriation();
    }

    private void fail(Throwable t) {
        error.set(ctx.errors().explain(t));
    }

    public ObjectProperty<ReturnConsentStatus> consentProperty() {
        return consent;
    }

    public ObjectProperty<RepatriationDetails> currentProperty() {
        return current;
    }

    public ObservableList<FollowUpDetails> followUps() {
        return followUps;
    }

    public BooleanProperty reTraffickedProperty() {
        return reTrafficked;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<NationalityVerification> nationalityProperty() {
        return nationality;
    }

    public ObjectProperty<LocalDate> verifiedOnProperty() {
        return verifiedOn;
    }

    public StringProperty verifiedByProperty() {
        return verifiedBy;
    }

    public ObjectProperty<TravelDocumentType> documentTypeProperty() {
        return documentType;
    }

    public StringProperty embassyProperty() {
        return embassy;
    }

    public ObjectProperty<LocalDate> documentIssuedOnProperty() {
        return documentIssuedOn;
    }

    public ObjectProperty<LocalDate> documentExpiresOnProperty() {
        return documentExpiresOn;
    }

    public StringProperty consularContactProperty() {
        return consularContact;
    }

    public ObjectProperty<LocalDate> consularContactOnProperty() {
        return consularContactOn;
    }

    public StringProperty networkDangerProperty() {
        return networkDanger;
    }

    public StringProperty brokerDebtProperty() {
        return brokerDebt;
    }

    public StringProperty familySituationProperty() {
        return familySituation;
    }

    public ObjectProperty<RiskLevel> overallRiskProperty() {
        return overallRisk;
    }

    public StringProperty receivingOrganisationProperty() {
        return receivingOrganisation;
    }

    /** A receiving organisation chosen from the vault's organisations (then the typed name is not used). */
    public ObjectProperty<UUID> receivingOrganisationIdProperty() {
        return receivingOrganisationId;
    }

    /** The vault's organisations to choose the receiving one from. */
    public ObservableList<OrganisationDetails> organisations() {
        return organisations;
    }

    public ObjectProperty<LocalDate> handoverOnProperty() {
        return handoverOn;
    }

    public StringProperty handoverPlaceProperty() {
        return handoverPlace;
    }

    public StringProperty handedOverByProperty() {
        return handedOverBy;
    }

    public StringProperty handedOverToProperty() {
        return handedOverTo;
    }

    public StringProperty cancelReasonProperty() {
        return cancelReason;
    }

    public ObjectProperty<FollowUpDetails> selectedFollowUpProperty() {
        return selectedFollowUp;
    }

    public ObjectProperty<LocalDate> followUpDoneOnProperty() {
        return followUpDoneOn;
    }

    public StringProperty followUpOutcomeProperty() {
        return followUpOutcome;
    }

    public BooleanProperty followUpReTraffickedProperty() {
        return followUpReTrafficked;
    }

    public BooleanBinding consentActiveProperty() {
        return consentActive;
    }

    /** True while a return is planned and not yet handed over or cancelled. */
    public BooleanBinding openProperty() {
        return open;
    }

    public BooleanBinding canPlanProperty() {
        return canPlan;
    }

    public BooleanBinding canSavePlanProperty() {
        return canSavePlan;
    }

    public BooleanBinding canHandOverProperty() {
        return canHandOver;
    }

    public BooleanBinding canCancelProperty() {
        return canCancel;
    }

    public BooleanBinding canRecordFollowUpProperty() {
        return canRecordFollowUp;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
