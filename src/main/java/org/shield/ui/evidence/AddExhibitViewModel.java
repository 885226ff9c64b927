package org.shield.ui.evidence;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Consumer;
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
import javafx.collections.ObservableList;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.AddExhibitCommand;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;
import org.shield.domain.evidence.Acquisition;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.ui.common.ScreenContext;

/**
 * The add-exhibit form (ADR 0104): type, the file of a digital exhibit (chosen by the view), description,
 * number (empty: the case's next), source, acquisition with date, time and time zone, sensitivity flags,
 * parent, handling and whether to compute MD5 and SHA-1 too. Adding streams the file into the encrypted
 * store in the background with progress and Cancel ({@link RunningWork}); a refusal reopens the form with
 * the reason, a cancel keeps nothing.
 */
public final class AddExhibitViewModel {
    static final int DESCRIPTION_MAX = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ObjectProperty<ExhibitType> type = new SimpleObjectProperty<>(ExhibitType.Digital);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty exhibitNumber = new SimpleStringProperty("");
    private final StringProperty deviceMake = new SimpleStringProperty("");
    private final StringProperty deviceModel = new SimpleStringProperty("");
    private final StringProperty deviceSerial = new SimpleStringProperty("");
    private final StringProperty imei = new SimpleStringProperty("");
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty obtainedHow = new SimpleStringProperty("");
    private final StringProperty legalAuthority = new SimpleStringProperty("");
    private final StringProperty collectedBy = new SimpleStringProperty("");
    private final StringProperty collectedByRole = new SimpleStringProperty("");
    private final StringProperty collectedByBadge = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> collectedDate = new SimpleObjectProperty<>();
    private final StringProperty collectedTime = new SimpleStringProperty("");
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty tool = new SimpleStringProperty("");
    private final StringProperty toolVersion = new SimpleStringProperty("");
    private final BooleanProperty identifiesVictim = new SimpleBooleanProperty();
    private final BooleanProperty involvesMinor = new SimpleBooleanProperty();
    private final BooleanProperty sexualContent = new SimpleBooleanProperty();
    private final ObjectProperty<ExhibitDetails> parent = new SimpleObjectProperty<>();
    private final StringProperty condition = new SimpleStringProperty("");
    private final StringProperty sealNumber = new SimpleStringProperty("");
    private final StringProperty storageLocation = new SimpleStringProperty("");
    private final BooleanProperty extraHashes = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectBinding<UserMessage> numberProblem;
    private final ObjectBinding<UserMessage> descriptionProblem;
    private final ObjectBinding<UserMessage> whenProblem;
    private final ObjectBinding<UserMessage> zoneProblem;
    private final BooleanBinding digital = type.isEqualTo(ExhibitType.Digital);
    private final BooleanBinding canAdd;

    private final ScreenContext ctx;
    private final Supplier<UUID> caseId;
    private final ObservableList<ExhibitDetails> exhibits;
    private final RunningWork work;
    private final Consumer<ExhibitDetails> added;
    private final Consumer<UserMessage> stopped;

    /**
     * {@code exhibits} are the case's exhibits (parent choices); {@code added} gets the new exhibit,
     * {@code stopped} the message when the user cancelled the intake.
     */
    public AddExhibitViewModel(ScreenContext ctx, Supplier<UUID> caseId, ObservableList<ExhibitDetails> exhibits,
            RunningWork work, Consumer<ExhibitDetails> added, Consumer<UserMessage> stopped) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.exhibits = exhibits;
        this.work = work;
        this.added = added;
        this.stopped = stopped;
        numberProblem = Bindings.createObjectBinding(() -> {
            String n = Text.trimToNull(exhibitNumber.get());
            return n == null || n.matches("[A-Za-z0-9][A-Za-z0-9./-]{0,19}") ? null
                    : new UserMessage("exhibit.number.invalid");
        }, exhibitNumber);
        descriptionProblem = Bindings.createObjectBinding(() -> description.get().strip().length() > DESCRIPTION_MAX
                ? new UserMessage("ui.evidence.add.descriptionTooLong", DESCRIPTION_MAX) : null, description);
        whenProblem = Bindings.createObjectBinding(this::whenProblem, collectedDate, collectedTime);
        zoneProblem = Bindings.createObjectBinding(() -> zone() == null && !timeZone.get().isBlank()
                ? new UserMessage("exhibit.timeZone.invalid") : null, timeZone);
        canAdd = Bindings.createBooleanBinding(() -> !description.get().isBlank() && type.get() != null
                && (type.get() != ExhibitType.Digital || file.get() != null) && numberProblem.get() == null
                && descriptionProblem.get() == null && whenProblem.get() == null && zoneProblem.get() == null,
                description, type, file, numberProblem, descriptionProblem, whenProblem, zoneProblem)
                .and(work.runningProperty().not());
    }

    /** Opens an empty form: a digital exhibit collected by this user, in this computer's time zone. */
    public void start() {
        if (work.isRunning()) {
            return;
        }
        type.set(ExhibitType.Digital);
        file.set(null);
        for (StringProperty p : new StringProperty[] {description, exhibitNumber, deviceMake, deviceModel,
            deviceSerial, imei, account, url, obtainedHow, legalAuthority, collectedByRole, collectedByBadge,
            collectedTime, place, tool, toolVersion, condition, sealNumber, storageLocation}) {
            p.set("");
        }
        collectedBy.set(ctx.session().user().userName());
        collectedDate.set(null);
        timeZone.set(ZoneId.systemDefault().getId());
        identifiesVictim.set(false);
        involvesMinor.set(false);
        sexualContent.set(false);
        parent.set(null);
        extraHashes.set(false);
        error.set(null);
        asking.set(true);
    }

    /** Takes the exhibit in, in the background; the form closes while the progress shows. */
    public void add() {
        if (!canAdd.get()) {
            return;
        }
        AddExhibitCommand cmd;
        try {
            cmd = command();
        } catch (DomainRuleViolation e) {
            error.set(new UserMessage(e.key(), e.args()));
            return;
        }
        error.set(null);
        asking.set(false);
        work.start("ui.evidence.task.add", c -> ctx.session().workspace().evidence().add(cmd, c.progress(),
                c.cancellation()), added::accept, failure -> {
                    UserMessage why = ctx.errors().explain(failure);
                    if (failure instanceof OperationCancelledException) {
                        stopped.accept(why);
                    } else {
                        error.set(why);
                        asking.set(true);
                    }
                });
    }

    public void cancel() {
        asking.set(false);
    }

    private AddExhibitCommand command() {
        boolean isDigital = type.get() == ExhibitType.Digital;
        ExhibitSource source = new ExhibitSource(deviceMake.get(), deviceModel.get(), deviceSerial.get(), imei.get(),
                account.get(), url.get());
        ZoneId zone = zone();
        Instant at = collectedDate.get() == null ? null
                : collectedDate.get().atTime(time()).atZone(zone == null ? ZoneId.systemDefault() : zone).toInstant();
        Acquisition acquisition = new Acquisition(obtainedHow.get(), legalAuthority.get(), collectedBy.get(),
                collectedByRole.get(), collectedByBadge.get(), at, zone == null ? null : zone.getId(), place.get(),
                tool.get(), toolVersion.get());
        ExhibitFlags flags = new ExhibitFlags(identifiesVictim.get(), involvesMinor.get(), sexualContent.get());
        return new AddExhibitCommand(caseId.get(), type.get(), Text.trimToNull(exhibitNumber.get()),
                description.get().strip(), source, acquisition, flags, parent.get() == null ? null : parent.get().id(),
                condition.get(), sealNumber.get(), storageLocation.get(), isDigital ? file.get() : null,
                isDigital && extraHashes.get());
    }

    private UserMessage whenProblem() {
        boolean hasTime = !collectedTime.get().isBlank();
        if (hasTime && time() == null) {
            return new UserMessage("ui.evidence.add.timeInvalid");
        }
        if (collectedDate.get() != null && !hasTime) {
            return new UserMessage("ui.evidence.add.timeMissing");
        }
        if (collectedDate.get() == null && hasTime) {
            return new UserMessage("ui.evidence.add.dateMissing");
        }
        if (collectedDate.get() != null && collectedDate.get().isAfter(LocalDate.now(ctx.clock()).plusDays(1))) {
            return new UserMessage("ui.evidence.add.dateInFuture");
        }
        return null;
    }

    private LocalTime time() {
        try {
            return LocalTime.parse(collectedTime.get().strip(), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private ZoneId zone() {
        String z = Text.trimToNull(timeZone.get());
        if (z == null) {
            return null;
        }
        try {
            return ZoneId.of(z);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The exhibits this one may be part of (the case's, in number order). */
    public ObservableList<ExhibitDetails> parentChoices() {
        return exhibits;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public ObjectProperty<ExhibitType> typeProperty() {
        return type;
    }

    public BooleanBinding digitalProperty() {
        return digital;
    }

    /** The file of a digital exhibit, set by the view's file chooser (or a test). */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty exhibitNumberProperty() {
        return exhibitNumber;
    }

    public StringProperty deviceMakeProperty() {
        return deviceMake;
    }

    public StringProperty deviceModelProperty() {
        return deviceModel;
    }

    public StringProperty deviceSerialProperty() {
        return deviceSerial;
    }

    public StringProperty imeiProperty() {
        return imei;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty obtainedHowProperty() {
        return obtainedHow;
    }

    public StringProperty legalAuthorityProperty() {
        return legalAuthority;
    }

    public StringProperty collectedByProperty() {
        return collectedBy;
    }

    public StringProperty collectedByRoleProperty() {
        return collectedByRole;
    }

    public StringProperty collectedByBadgeProperty() {
        return collectedByBadge;
    }

    public ObjectProperty<LocalDate> collectedDateProperty() {
        return collectedDate;
    }

    public StringProperty collectedTimeProperty() {
        return collectedTime;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty toolProperty() {
        return tool;
    }

    public StringProperty toolVersionProperty() {
        return toolVersion;
    }

    public BooleanProperty identifiesVictimProperty() {
        return identifiesVictim;
    }

    public BooleanProperty involvesMinorProperty() {
        return involvesMinor;
    }

    public BooleanProperty sexualContentProperty() {
        return sexualContent;
    }

    public ObjectProperty<ExhibitDetails> parentProperty() {
        return parent;
    }

    public StringProperty conditionProperty() {
        return condition;
    }

    public StringProperty sealNumberProperty() {
        return sealNumber;
    }

    public StringProperty storageLocationProperty() {
        return storageLocation;
    }

    public BooleanProperty extraHashesProperty() {
        return extraHashes;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    public ObjectBinding<UserMessage> numberProblemProperty() {
        return numberProblem;
    }

    public ObjectBinding<UserMessage> descriptionProblemProperty() {
        return descriptionProblem;
    }

    public ObjectBinding<UserMessage> whenProblemProperty() {
        return whenProblem;
    }

    public ObjectBinding<UserMessage> zoneProblemProperty() {
        return zoneProblem;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }
}
