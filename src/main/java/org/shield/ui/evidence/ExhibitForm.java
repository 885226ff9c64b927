package org.shield.ui.evidence;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.domain.common.Text;
import org.shield.domain.evidence.Acquisition;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;

/**
 * The particulars of an exhibit as a form, shared by adding an exhibit and correcting one
 * ({@link AddExhibitViewModel}): the fields as properties, their inline problems, and the domain values
 * they make. When {@link #lockedProperty() locked} (a correction), type, file and number are shown but
 * not changed, and an unchanged collection time keeps the instant that was recorded.
 */
public final class ExhibitForm {
    static final int DESCRIPTION_MAX = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]");
    private static final DateTimeFormatter TIME_SHOWN = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter TIME_SHOWN_SECONDS = DateTimeFormatter.ofPattern("H:mm:ss");

    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
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
    private final ObjectBinding<UserMessage> numberProblem;
    private final ObjectBinding<UserMessage> descriptionProblem;
    private final ObjectBinding<UserMessage> whenProblem;
    private final ObjectBinding<UserMessage> zoneProblem;
    private final BooleanBinding digital = type.isEqualTo(ExhibitType.Digital);
    private final BooleanBinding valid;
    private final Clock clock;
    /** The collection time as a correction showed it, to keep the recorded instant when it is not changed. */
    private LocalDate shownDate;
    private String shownTime;
    private String shownZone;
    private Instant recordedAt;

    ExhibitForm(Clock clock) {
        this.clock = clock;
        numberProblem = Bindings.createObjectBinding(() -> {
            String n = Text.trimToNull(exhibitNumber.get());
            return locked.get() || n == null || n.matches("[A-Za-z0-9][A-Za-z0-9./-]{0,19}") ? null
                    : new UserMessage("exhibit.number.invalid");
        }, exhibitNumber, locked);
        descriptionProblem = Bindings.createObjectBinding(() -> description.get().strip().length() > DESCRIPTION_MAX
                ? new UserMessage("ui.evidence.add.descriptionTooLong", DESCRIPTION_MAX) : null, description);
        whenProblem = Bindings.createObjectBinding(this::whenProblem, collectedDate, collectedTime);
        zoneProblem = Bindings.createObjectBinding(() -> zone() == null && !timeZone.get().isBlank()
                ? new UserMessage("exhibit.timeZone.invalid") : null, timeZone);
        // a correction never needs the file: the content is already stored
        valid = Bindings.createBooleanBinding(() -> !description.get().isBlank() && type.get() != null
                && (locked.get() || type.get() != ExhibitType.Digital || file.get() != null)
                && numberProblem.get() == null && descriptionProblem.get() == null && whenProblem.get() == null
                && zoneProblem.get() == null,
                description, type, file, locked, numberProblem, descriptionProblem, whenProblem, zoneProblem);
    }

    /** Empties the form for a new exhibit: digital, collected by {@code collector}, in this computer's zone. */
    void clear(String collector) {
        locked.set(false);
        type.set(ExhibitType.Digital);
        file.set(null);
        for (StringProperty p : new StringProperty[] {description, exhibitNumber, deviceMake, deviceModel,
            deviceSerial, imei, account, url, obtainedHow, legalAuthority, collectedByRole, collectedByBadge,
            collectedTime, place, tool, toolVersion, condition, sealNumber, storageLocation}) {
            p.set("");
        }
        collectedBy.set(collector);
        collectedDate.set(null);
        timeZone.set(ZoneId.systemDefault().getId());
        identifiesVictim.set(false);
        involvesMinor.set(false);
        sexualContent.set(false);
        parent.set(null);
        extraHashes.set(false);
        recordedAt = null;
    }

    /**
     * Fills the form from a recorded exhibit and locks type, file and number. The collection instant is
     * shown as date and time in the zone it was recorded in (this computer's when none was recorded).
     */
    void fill(ExhibitDetails e, ExhibitDetails parentExhibit) {
        locked.set(true);
        type.set(e.type());
        file.set(fileName(e.originalFileName()));
        description.set(text(e.description()));
        exhibitNumber.set(text(e.exhibitNumber()));
        ExhibitSource s = e.source() == null ? ExhibitSource.NONE : e.source();
        deviceMake.set(text(s.deviceMake()));
        deviceModel.set(text(s.deviceModel()));
        deviceSerial.set(text(s.deviceSerial()));
        imei.set(text(s.imei()));
        account.set(text(s.account()));
        url.set(text(s.url()));
        Acquisition a = e.acquisition() == null
                ? new Acquisition(null, null, null, null, null, null, null, null, null, null) : e.acquisition();
        obtainedHow.set(text(a.obtainedHow()));
        legalAuthority.set(text(a.legalAuthority()));
        collectedBy.set(text(a.collectedBy()));
        collectedByRole.set(text(a.collectedByRole()));
        collectedByBadge.set(text(a.collectedByBadge()));
        timeZone.set(text(a.timeZone()));
        if (a.collectedAt() == null) {
            collectedDate.set(null);
            collectedTime.set("");
        } else {
            ZonedDateTime at = a.collectedAt().atZone(a.timeZone() == null ? ZoneId.systemDefault()
                    : ZoneId.of(a.timeZone()));
            collectedDate.set(at.toLocalDate());
            collectedTime.set(at.toLocalTime().format(at.getSecond() == 0 ? TIME_SHOWN : TIME_SHOWN_SECONDS));
        }
        place.set(text(a.place()));
        tool.set(text(a.tool()));
        toolVersion.set(text(a.toolVersion()));
        ExhibitFlags f = e.flags() == null ? ExhibitFlags.NONE : e.flags();
        identifiesVictim.set(f.identifiesVictim());
        involvesMinor.set(f.involvesMinor());
        sexualContent.set(f.sexualContent());
        parent.set(parentExhibit);
        condition.set(text(e.condition()));
        sealNumber.set(text(e.sealNumber()));
        storageLocation.set(text(e.storageLocation()));
        extraHashes.set(false);
        recordedAt = a.collectedAt();
        shownDate = collectedDate.get();
        shownTime = collectedTime.get();
        shownZone = timeZone.get();
    }

    private static Path fileName(String name) {
        try {
            return name == null ? null : Path.of(name);
        } catch (InvalidPathException ex) {
            return null;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    ExhibitSource source() {
        return new ExhibitSource(deviceMake.get(), deviceModel.get(), deviceSerial.get(), imei.get(), account.get(),
                url.get());
    }

    Acquisition acquisition() {
        ZoneId zone = zone();
        Instant at;
        if (recordedAt != null && collectedDate.get() != null && collectedDate.get().equals(shownDate)
                && collectedTime.get().equals(shownTime) && timeZone.get().equals(shownZone)) {
            at = recordedAt; // not changed: keep the recorded instant to the nanosecond
        } else {
            at = collectedDate.get() == null ? null : collectedDate.get().atTime(time())
                    .atZone(zone == null ? ZoneId.systemDefault() : zone).toInstant();
        }
        return new Acquisition(obtainedHow.get(), legalAuthority.get(), collectedBy.get(), collectedByRole.get(),
                collectedByBadge.get(), at, zone == null ? null : zone.getId(), place.get(), tool.get(),
                toolVersion.get());
    }

    ExhibitFlags flags() {
        return new ExhibitFlags(identifiesVictim.get(), involvesMinor.get(), sexualContent.get());
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
        if (collectedDate.get() != null && collectedDate.get().isAfter(LocalDate.now(clock).plusDays(1))) {
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

    /** True in a correction: type, file and number are shown but may not change. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** True when every field is acceptable (the action may run). */
    public BooleanBinding validProperty() {
        return valid;
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
}
