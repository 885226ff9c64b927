package org.shield.ui.settings;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.application.common.UserMessage;
import org.shield.application.settings.Preferences;
import org.shield.domain.security.Permission;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.security.CredentialRules;

/**
 * Settings: interface language (English or Thai), minutes of inactivity before the vault locks itself,
 * Buddhist-era years in Thai dates, and changing the signed-in user's passphrase. A supervisor who
 * countersigns interviews also sets whether interviews in their unit need a countersignature (stored in the
 * vault at once, for everyone in the unit).
 */
public final class SettingsViewModel {
    /** The languages the interface is translated into. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale THAI = Locale.forLanguageTag("th");

    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty();
    private final BooleanProperty buddhistEra = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> preferencesNotice = new SimpleObjectProperty<>();
    private final StringProperty currentPassphrase = new SimpleStringProperty("");
    private final StringProperty newPassphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ObjectBinding<UserMessage> newPassphraseProblem;
    private final ObjectBinding<UserMessage> confirmationProblem;
    private final ObjectProperty<UserMessage> passphraseNotice = new SimpleObjectProperty<>();
    private final BooleanBinding canChangePassphrase;
    private final BooleanProperty countersignRequired = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> countersignNotice = new SimpleObjectProperty<>();
    private final boolean setsCountersign;
    private boolean showingPolicy;

    private final ScreenContext ctx;
    private final Preferences preferences;
    private final Runnable onPreferencesSaved;
    private final Busy busy;

    public SettingsViewModel(ScreenContext ctx, Preferences preferences, Runnable onPreferencesSaved) {
        this.ctx = ctx;
        this.preferences = preferences;
        this.onPreferencesSaved = onPreferencesSaved;
        this.busy = new Busy(ctx.tasks());
        String user = ctx.session().user().userName();
        newPassphraseProblem = Bindings.createObjectBinding(
                () -> CredentialRules.passphraseProblem(newPassphrase.get(), user), newPassphrase);
        confirmationProblem = Bindings.createObjectBinding(
                () -> CredentialRules.confirmationProblem(newPassphrase.get(), confirmation.get()),
                newPassphrase, confirmation);
        canChangePassphrase = Bindings.createBooleanBinding(() -> !currentPassphrase.get().isEmpty()
                && !newPassphrase.get().isEmpty() && newPassphraseProblem.get() == null
                && !confirmation.get().isEmpty() && confirmationProblem.get() == null,
                currentPassphrase, newPassphrase, newPassphraseProblem, confirmation, confirmationProblem)
                .and(busy.busyProperty().not());
        setsCountersign = ctx.session().holds(Permission.INTERVIEW_COUNTERSIGN);
        countersignRequired.addListener((o, was, now) -> {
            if (!showingPolicy) {
                requireCountersign(now);
            }
        });
        reset();
    }

    /** Shows the stored preferences. */
    public void reset() {
        language.set(isThai(preferences.language()) ? THAI : ENGLISH);
        autoLockMinutes.set((int) preferences.autoLockAfter().toMinutes());
        buddhistEra.set(preferences.buddhistEra());
        if (setsCountersign) {
            countersignNotice.set(null);
            busy.run("ui.task.loadCountersignPolicy",
                    c -> ctx.session().workspace().interviews().countersignRequired(), this::showPolicy,
                    failure -> countersignNotice.set(ctx.errors().explain(failure)));
        }
    }

    private void showPolicy(boolean required) {
        showingPolicy = true;
        countersignRequired.set(required);
        showingPolicy = false;
    }

    /** Stores whether the unit's interviews need a countersignature; on failure the box shows the stored value. */
    private void requireCountersign(boolean required) {
        countersignNotice.set(null);
        busy.run("ui.task.saveCountersignPolicy", c -> {
            ctx.session().workspace().interviews().requireCountersign(required);
            return required;
        }, done -> countersignNotice.set(new UserMessage(done ? "ui.settings.countersign.on"
                : "ui.settings.countersign.off")), failure -> {
                    countersignNotice.set(ctx.errors().explain(failure));
                    showPolicy(!required);
                });
    }

    /** True for a supervisor who countersigns interviews: they set their unit's countersignature rule. */
    public boolean setsCountersign() {
        return setsCountersign;
    }

    public BooleanProperty countersignRequiredProperty() {
        return countersignRequired;
    }

    public ObjectProperty<UserMessage> countersignNoticeProperty() {
        return countersignNotice;
    }

    private static boolean isThai(Locale l) {
        return "th".equals(l.getLanguage());
    }

    /** Stores the preferences; the desk then rebuilds itself in the chosen language and date style. */
    public void savePreferences() {
        Locale lang = language.get();
        int minutes = Math.max(Preferences.MIN_AUTO_LOCK_MINUTES,
                Math.min(Preferences.MAX_AUTO_LOCK_MINUTES, autoLockMinutes.get()));
        boolean era = buddhistEra.get();
        preferencesNotice.set(null);
        busy.run("ui.task.savePreferences", c -> {
            preferences.setLanguage(lang);
            preferences.setAutoLockMinutes(minutes);
            preferences.setBuddhistEra(era);
            return null;
        }, done -> {
            preferencesNotice.set(new UserMessage("ui.settings.saved"));
            onPreferencesSaved.run();
        }, failure -> preferencesNotice.set(ctx.errors().explain(failure)));
    }

    /**
     * Re-wraps the vault key for the signed-in user under the new passphrase, through the open vault so
     * that the change is recorded in the audit trail and a temporary passphrase counts as changed.
     */
    public void changePassphrase() {
        if (!canChangePassphrase.get()) {
            return;
        }
        char[] current = currentPassphrase.get().toCharArray();
        char[] next = newPassphrase.get().toCharArray();
        passphraseNotice.set(null);
        busy.run("ui.task.changePassphrase", c -> {
            ctx.session().workspace().users().changeOwnPassphrase(current, next);
            return null;
        }, done -> {
            clearPassphrases();
            passphraseNotice.set(new UserMessage("ui.settings.passphrase.changed"));
        }, failure -> {
            currentPassphrase.set("");
            passphraseNotice.set(ctx.errors().explain(failure));
        });
    }

    private void clearPassphrases() {
        currentPassphrase.set("");
        newPassphrase.set("");
        confirmation.set("");
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public IntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public BooleanProperty buddhistEraProperty() {
        return buddhistEra;
    }

    public ObjectProperty<UserMessage> preferencesNoticeProperty() {
        return preferencesNotice;
    }

    public StringProperty currentPassphraseProperty() {
        return currentPassphrase;
    }

    public StringProperty newPassphraseProperty() {
        return newPassphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ObjectBinding<UserMessage> newPassphraseProblemProperty() {
        return newPassphraseProblem;
    }

    public ObjectBinding<UserMessage> confirmationProblemProperty() {
        return confirmationProblem;
    }

    public ObjectProperty<UserMessage> passphraseNoticeProperty() {
        return passphraseNotice;
    }

    public BooleanBinding canChangePassphraseProperty() {
        return canChangePassphrase;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
