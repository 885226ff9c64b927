package org.shield.ui.repatriation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.UserMessage;
import org.shield.application.repatriation.ClaimDetails;
import org.shield.application.repatriation.HearingDetails;
import org.shield.application.repatriation.LegalSupportDetails;
import org.shield.application.repatriation.LegalSupportService;
import org.shield.domain.common.Text;
import org.shield.domain.legal.ClaimKind;
import org.shield.domain.legal.ClaimOutcome;
import org.shield.domain.legal.HearingKind;
import org.shield.domain.legal.TestifyWillingness;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * A victim's legal support: willingness to testify and counsel (saved with the version loaded), court dates
 * (entered in Thai time) and compensation or restitution claims with their decisions. Reads and writes run
 * through the task runner; the screen never waits.
 */
public final class LegalSupportViewModel {
    private final ScreenContext ctx;
    private final UUID caseId;
    private final UUID personId;
    private final Busy busy;

    private final ObjectProperty<LegalSupportDetails> support = new SimpleObjectProperty<>();
    private final ObjectProperty<TestifyWillingness> willingness = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> willingnessOn = new SimpleObjectProperty<>();
    private final StringProperty counselName = new SimpleStringProperty("");
    private final StringProperty counselOrganisation = new SimpleStringProperty("");
    private final ObservableList<HearingDetails> hearings = FXCollections.observableArrayList();
    private final ObservableList<ClaimDetails> claims = FXCollections.observableArrayList();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();

    private final ObjectProperty<LocalDate> hearingDate = new SimpleObjectProperty<>();
    private final StringProperty hearingTime = new SimpleStringProperty("09:00");
    private final StringProperty hearingCourt = new SimpleStringProperty("");
    private final ObjectProperty<HearingKind> hearingKind = new SimpleObjectProperty<>();
    private final ObjectProperty<HearingDetails> selectedHearing = new SimpleObjectProperty<>();
    private final StringProperty hearingOutcome = new SimpleStringProperty("");

    private final ObjectProperty<ClaimKind> claimKind = new SimpleObjectProperty<>();
    private final StringProperty claimAmount = new SimpleStringProperty("");
    private final StringProperty claimCurrency = new SimpleStringProperty("THB");
    private final ObjectProperty<LocalDate> claimFiledOn = new SimpleObjectProperty<>();
    private final ObjectProperty<ClaimDetails> selectedClaim = new SimpleObjectProperty<>();
    private final ObjectProperty<ClaimOutcome> decision = new SimpleObjectProperty<>();
    private final StringProperty paidAmount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();

    private final BooleanBinding canSaveWillingness;
    private final BooleanBinding canSaveCounsel;
    private final BooleanBinding canAddHearing;
    private final BooleanBinding canRecordOutcome;
    private final BooleanBinding canFileClaim;
    private final BooleanBinding canDecide;

    public LegalSupportViewModel(ScreenContext ctx, UUID caseId, UUID personId) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.personId = personId;
        this.busy = new Busy(ctx.tasks());
        var idle = busy.busyProperty().not();
        canSaveWillingness = Bindings.createBooleanBinding(() -> support.get() != null && willingness.get() != null
                && willingnessOn.get() != null, support, willingness, willingnessOn).and(idle);
        canSaveCounsel = support.isNotNull().and(idle);
        canAddHearing = Bindings.createBooleanBinding(() -> hearingDate.get() != null && time() != null
                && Text.trimToNull(hearingCourt.get()) != null && hearingKind.get() != null, hearingDate,
                hearingTime, hearingCourt, hearingKind).and(idle);
        canRecordOutcome = Bindings.createBooleanBinding(() -> selectedHearing.get() != null
                && Text.trimToNull(hearingOutcome.get()) != null, selectedHearing, hearingOutcome).and(idle);
        canFileClaim = Bindings.createBooleanBinding(() -> claimKind.get() != null && claimFiledOn.get() != null
                && amountValid(claimAmount.get()), claimKind, claimFiledOn, claimAmount).and(idle);
        canDecide = Bindings.createBooleanBinding(() -> selectedClaim.get() != null
                && selectedClaim.get().outcome() == ClaimOutcome.Pending && decision.get() != null
                && decision.get() != ClaimOutcome.Pending && decidedOn.get() != null
                && amountValid(paidAmount.get())
                && (decision.get() == ClaimOutcome.Awarded || Text.trimToNull(paidAmount.get()) == null),
                selectedClaim, decision, decidedOn, paidAmount).and(idle);
    }

    /** Reads the victim's legal support, hearings and claims. */
    public void load() {
        error.set(null);
        busy.run("ui.task.loadLegal", c -> read(), this::show, this::fail);
    }

    private Loaded read() throws org.shield.application.common.ApplicationException {
        LegalSupportService s = service();
        return new Loaded(s.support(caseId, personId), s.hearings(caseId, personId), s.claims(caseId, personId));
    }

    private record Loaded(LegalSupportDetails support, List<HearingDetails> hearings, List<ClaimDetails> claims) {
    }

    private void show(Loaded l) {
        showSupport(l.support());
        hearings.setAll(l.hearings());
        claims.setAll(l.claims());
    }

    private void showSupport(LegalSupportDetails s) {
        support.set(s);
        willingness.set(s.willingness());
        willingnessOn.set(s.willingnessOn());
        counselName.set(s.counselName() == null ? "" : s.counselName());
        counselOrganisation.set(s.counselOrganisation() == null ? "" : s.counselOrganisation());
    }

    public void saveWillingness() {
        if (!canSaveWillingness.get()) {
            return;
        }
        long version = support.get().version();
        TestifyWillingness w = willingness.get();
        LocalDate on = willingnessOn.get();
        error.set(null);
        busy.run("ui.task.saveLegal", c -> service().setWillingness(caseId, personId, version, w, on),
                this::showSupport, this::fail);
    }

    public void saveCounsel() {
        if (!canSaveCounsel.get()) {
            return;
        }
        long version = support.get().version();
        String name = counselName.get();
        String org = counselOrganisation.get();
        error.set(null);
        busy.run("ui.task.saveLegal", c -> service().setCounsel(caseId, personId, version, name, org),
                this::showSupport, this::fail);
    }

    public void addHearing() {
        if (!canAddHearing.get()) {
            return;
        }
        LocalDateTime at = LocalDateTime.of(hearingDate.get(), time());
        String court = hearingCourt.get();
        HearingKind kind = hearingKind.get();
        error.set(null);
        busy.run("ui.task.saveLegal", c -> {
            service().addHearing(caseId, personId, at, court, kind, null);
            return service().hearings(caseId, personId);
        }, list -> {
            hearings.setAll(list);
            hearingDate.set(null);
            hearingCourt.set("");
            hearingKind.set(null);
        }, this::fail);
    }

    public void recordHearingOutcome() {
        if (!canRecordOutcome.get()) {
            return;
        }
        HearingDetails h = selectedHearing.get();
        String note = hearingOutcome.get();
        error.set(null);
        busy.run("ui.task.saveLegal", c -> {
            service().recordHearingOutcome(h.id(), h.version(), note);
            return service().hearings(caseId, personId);
        }, list -> {
            hearings.setAll(list);
            hearingOutcome.set("");
            selectedHearing.set(null);
        }, this::fail);
    }

    public void fileClaim() {
        if (!canFileClaim.get()) {
            return;
        }
        ClaimKind kind = claimKind.get();
        BigDecimal amount = amount(claimAmount.get());
        String currency = amount == null ? null : claimCurrency.get();
        LocalDate filed = claimFiledOn.get();
        error.set(null);
        busy.run("ui.task.saveLegal", c -> {
            service().fileClaim(caseId, personId, kind, amount, currency, filed);
            return service().claims(caseId, personId);
        }, list -> {
            claims.setAll(list);
            claimKind.set(null);
            claimAmount.set("");
            claimFiledOn.set(null);
        }, this::fail);
    }

    public void decideClaim() {
        if (!canDecide.get()) {
            return;
        }
        ClaimDetails claim = selectedClaim.get();
        ClaimOutcome outcome = decision.get();
        BigDecimal paid = amount(paidAmount.get());
        LocalDate on = decidedOn.get();
        error.set(null);
        busy.run("ui.task.saveLegal", c -> {
            service().decideClaim(claim.id(), claim.version(), outcome, paid, on);
            return service().claims(caseId, personId);
        }, list -> {
            claims.setAll(list);
            selectedClaim.set(null);
            decision.set(null);
            paidAmount.set("");
            decidedOn.set(null);
        }, this::fail);
    }

    private LegalSupportService service() throws org.shield.application.common.VaultLockedException {
        return ctx.session().workspace().legal();
    }

    private void fail(Throwable t) {
        error.set(ctx.errors().explain(t));
    }

    private LocalTime time() {
        String t = Text.trimToNull(hearingTime.get());
        if (t == null) {
            return null;
        }
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Blank, or a non-negative number (a comma as thousands separator allowed). */
    static boolean amountValid(String text) {
        if (Text.trimToNull(text) == null) {
            return true;
        }
        BigDecimal a = amount(text);
        return a != null && a.signum() >= 0;
    }

    static BigDecimal amount(String text) {
        String t = Text.trimToNull(text);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when the typed amount is not a number (shown next to the field). */
    public BooleanBinding claimAmountInvalidProperty() {
        return Bindings.createBooleanBinding(() -> !amountValid(claimAmount.get()), claimAmount);
    }

    public ObjectProperty<LegalSupportDetails> supportProperty() {
        return support;
    }

    public ObjectProperty<TestifyWillingness> willingnessProperty() {
        return willingness;
    }

    public ObjectProperty<LocalDate> willingnessOnProperty() {
        return willingnessOn;
    }

    public StringProperty counselNameProperty() {
        return counselName;
    }

    public StringProperty counselOrganisationProperty() {
        return counselOrganisation;
    }

    public ObservableList<HearingDetails> hearings() {
        return hearings;
    }

    public ObservableList<ClaimDetails> claims() {
        return claims;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectProperty<LocalDate> hearingDateProperty() {
        return hearingDate;
    }

    public StringProperty hearingTimeProperty() {
        return hearingTime;
    }

    public StringProperty hearingCourtProperty() {
        return hearingCourt;
    }

    public ObjectProperty<HearingKind> hearingKindProperty() {
        return hearingKind;
    }

    public ObjectProperty<HearingDetails> selectedHearingProperty() {
        return selectedHearing;
    }

    public StringProperty hearingOutcomeProperty() {
        return hearingOutcome;
    }

    public ObjectProperty<ClaimKind> claimKindProperty() {
        return claimKind;
    }

    public StringProperty claimAmountProperty() {
        return claimAmount;
    }

    public StringProperty claimCurrencyProperty() {
        return claimCurrency;
    }

    public ObjectProperty<LocalDate> claimFiledOnProperty() {
        return claimFiledOn;
    }

    public ObjectProperty<ClaimDetails> selectedClaimProperty() {
        return selectedClaim;
    }

    public ObjectProperty<ClaimOutcome> decisionProperty() {
        return decision;
    }

    public StringProperty paidAmountProperty() {
        return paidAmount;
    }

    public ObjectProperty<LocalDate> decidedOnProperty() {
        return decidedOn;
    }

    public BooleanBinding canSaveWillingnessProperty() {
        return canSaveWillingness;
    }

    public BooleanBinding canSaveCounselProperty() {
        return canSaveCounsel;
    }

    public BooleanBinding canAddHearingProperty() {
        return canAddHearing;
    }

    public BooleanBinding canRecordOutcomeProperty() {
        return canRecordOutcome;
    }

    public BooleanBinding canFileClaimProperty() {
        return canFileClaim;
    }

    public BooleanBinding canDecideProperty() {
        return canDecide;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
