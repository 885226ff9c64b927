package org.shield.ui.party;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shield.application.common.UserMessage;
import org.shield.application.party.PersonDetails;
import org.shield.application.party.SavePersonCommand;
import org.shield.domain.common.Text;
import org.shield.domain.party.Countries;
import org.shield.domain.party.Gender;
import org.shield.domain.party.Languages;
import org.shield.ui.common.Difference;
import org.shield.ui.common.Document;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.common.TaskRunner;
import org.shield.ui.common.VersionedEditor;
import org.shield.ui.history.RecordHistoryViewModel;

/**
 * The person editor: names in the person's own script and in Latin letters, aliases, gender, date of
 * birth or estimated age, citizenships (ISO 3166) and languages (ISO 639) as comma-separated codes,
 * identity documents and contacts. Every field and line says what is wrong while the user types;
 * saving follows {@link VersionedEditor} (a change made elsewhere is never overwritten silently).
 */
public final class PersonEditorViewModel implements Document {
    private static final int NAME_MAX = 200;
    private static final int AGE_MAX = 120;

    private final StringProperty nameNative = new SimpleStringProperty("");
    private final StringProperty nameLatin = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>(Gender.NonSpecifiedUnknown);
    private final ObjectProperty<LocalDate> dateOfBirth = new SimpleObjectProperty<>();
    private final StringProperty estimatedAge = new SimpleStringProperty("");
    private final StringProperty citizenships = new SimpleStringProperty("");
    private final StringProperty languages = new SimpleStringProperty("");
    private final ObservableList<AliasRow> aliases = FXCollections.observableArrayList(AliasRow::observables);
    private final ObservableList<DocumentRow> documents = FXCollections.observableArrayList(DocumentRow::observables);
    private final ObservableList<ContactRow> contacts = FXCollections.observableArrayList(ContactRow::observables);

    private final ObjectProperty<PersonDetails> loaded = new SimpleObjectProperty<>();
    private final ObjectProperty<SavePersonCommand> baseline = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> syncConflict = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> title = new SimpleObjectProperty<>(new UserMessage("ui.person.tab.new"));
    private final ObjectBinding<UserMessage> nameProblem;
    private final ObjectBinding<UserMessage> ageProblem;
    private final ObjectBinding<UserMessage> citizenshipsProblem;
    private final ObjectBinding<UserMessage> languagesProblem;
    private final BooleanBinding rowsValid;
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;
    private final VersionedEditor<PersonDetails> editor;
    private final RecordHistoryViewModel history;
    private final ScreenContext ctx;
    /** The purpose stated when a protected person was revealed into this editor; null otherwise. */
    private String revealPurpose;

    public PersonEditorViewModel(ScreenContext ctx, Navigator navigator) {
        this.ctx = ctx;
        this.history = new RecordHistoryViewModel(ctx);
        this.editor = new VersionedEditor<>(ctx.tasks(), ctx.errors(), "ui.task.savePerson", "ui.person.saved");
        editor.attach(new PersonForm(), d -> navigator.recordsChanged());
        nameProblem = Bindings.createObjectBinding(this::checkNames, nameNative, nameLatin, baseline);
        ageProblem = Bindings.createObjectBinding(this::checkAge, dateOfBirth, estimatedAge);
        citizenshipsProblem = Bindings.createObjectBinding(
                () -> codesProblem(citizenships.get(), Countries::isValid, "ui.person.countryUnknown"), citizenships);
        languagesProblem = Bindings.createObjectBinding(
                () -> codesProblem(languages.get(), Languages::isValid, "ui.person.languageUnknown"), languages);
        rowsValid = Bindings.createBooleanBinding(() -> aliases.stream().allMatch(r -> r.problemProperty().get() == null)
                && documents.stream().allMatch(r -> r.problemProperty().get() == null)
                && contacts.stream().allMatch(r -> r.problemProperty().get() == null), aliases, documents, contacts);
        dirty = Bindings.createBooleanBinding(() -> baseline.get() != null && !edited().equals(baseline.get()),
                nameNative, nameLatin, gender, dateOfBirth, estimatedAge, citizenships, languages, aliases, documents,
                contacts, baseline);
        canSave = Bindings.createBooleanBinding(() -> hasName() && nameProblem.get() == null
                && ageProblem.get() == null && citizenshipsProblem.get() == null && languagesProblem.get() == null
                && rowsValid.get(), nameNative, nameLatin, nameProblem, ageProblem, citizenshipsProblem,
                languagesProblem, rowsValid)
                .and(dirty).and(editor.conflictProperty().isNull()).and(editor.busyProperty().not());
    }

    /** A new person. */
    public void startNew() {
        show(null);
    }

    /** Loads a stored person. */
    public void open(UUID id) {
        open(id, null);
    }

    /** {@link #open(UUID)}; {@code gone} (if any) instead of an error when the person is not on this laptop. */
    private void open(UUID id, Runnable gone) {
        editor.errorProperty().set(null);
        ctx.tasks().run("ui.task.loadPerson", c -> ctx.session().persons().get(id), this::show,
                Document.unlessGone(gone, f -> editor.errorProperty().set(ctx.errors().explain(f))));
        ctx.tasks().run("ui.task.loadPerson", c -> ctx.session().workspace().sync().conflictsOn("person", id),
                fields -> syncConflict.set(fields.isEmpty() ? null
                        : new UserMessage("ui.person.syncConflict",
                                new org.shield.ui.sync.ConflictedFields("person", fields))),
                ctx.errors()::explain);
    }

    /** Set while fields of this person are in an open conflict at HQ (issue 7), until it is resolved. */
    public ObjectProperty<UserMessage> syncConflictProperty() {
        return syncConflict;
    }

    /**
     * Shows a protected person just revealed for {@code purpose}. The tab is titled by the pseudonym;
     * re-reading after a conflict reveals again with the same purpose (and is recorded again).
     */
    public void showRevealed(PersonDetails d, String purpose) {
        this.revealPurpose = purpose;
        show(d);
    }

    /** Opens who changed what on this person, and when. */
    public void showHistory() {
        PersonDetails d = loaded.get();
        if (d != null) {
            history.show(d.id(), new UserMessage("ui.person.history.heading", titleOf(d)));
        }
    }

    private void show(PersonDetails d) {
        loaded.set(d);
        nameNative.set(d == null ? "" : Objects.requireNonNullElse(d.nameNative(), ""));
        nameLatin.set(d == null ? "" : Objects.requireNonNullElse(d.nameLatin(), ""));
        gender.set(d == null ? Gender.NonSpecifiedUnknown : d.gender());
        dateOfBirth.set(d == null ? null : d.dateOfBirth());
        estimatedAge.set(d == null || d.estimatedAge() == null ? "" : d.estimatedAge().toString());
        citizenships.set(d == null ? "" : String.join(", ", new TreeSet<>(d.citizenships())));
        languages.set(d == null ? "" : String.join(", ", new TreeSet<>(d.languages())));
        aliases.setAll(d == null ? List.of() : d.aliases().stream().map(AliasRow::new).toList());
        documents.setAll(d == null ? List.of() : d.documents().stream().map(DocumentRow::new).toList());
        contacts.setAll(d == null ? List.of() : d.contacts().stream().map(ContactRow::new).toList());
        baseline.set(edited());
        if (d != null) {
            title.set(new UserMessage("ui.person.tab.title", titleOf(d)));
        }
    }

    /** A protected person is titled by pseudonym, never by name (tabs are seen over shoulders). */
    private static String titleOf(PersonDetails d) {
        return d.pseudonym() != null ? d.pseudonym() : displayName(d);
    }

    private static String displayName(PersonDetails d) {
        if (d.nameNative() != null && d.nameLatin() != null && !d.nameNative().equals(d.nameLatin())) {
            return d.nameNative() + " (" + d.nameLatin() + ")";
        }
        return d.nameNative() != null ? d.nameNative() : d.nameLatin();
    }

    public void save() {
        if (canSave.get()) {
            editor.save();
        }
    }

    public void reloadStored() {
        editor.reloadStored();
    }

    /**
     * Not a revealed protected person: each reveal is a recorded act with its purpose, never repeated unasked. Such
     * a tab is only asked whether the user may still reveal the person here (which reveals nothing): if not, the
     * identity left with the case it came from, and the tab closes.
     */
    @Override
    public void arrivedFromHq(Runnable gone) {
        if (identity() == null || dirtyProperty().get()) {
            return;
        }
        UUID id = (UUID) identity();
        if (revealPurpose != null) {
            ctx.tasks().run("ui.task.loadPerson", c -> ctx.session().persons().canReveal(id), may -> {
                if (!may) {
                    gone.run();
                }
            }, Document.unlessGone(gone, f -> { })); // any other failure: the tab stays as it is
        } else if (editor.errorProperty().get() == null) {
            open(id, gone);
        }
    }

    public void keepMine() {
        editor.keepMine();
    }

    public void addAlias() {
        aliases.add(new AliasRow());
    }

    public void addDocument() {
        documents.add(new DocumentRow());
    }

    public void addContact() {
        contacts.add(new ContactRow());
    }

    /** The form as a save command against the loaded version; blank lines are left out. */
    SavePersonCommand edited() {
        PersonDetails d = loaded.get();
        return new SavePersonCommand(d == null ? null : d.id(), d == null ? 0 : d.version(),
                Text.trimToNull(nameNative.get()), Text.trimToNull(nameLatin.get()), gender.get(), dateOfBirth.get(),
                parseAge(estimatedAge.get()),
                aliases.stream().filter(Predicate.not(AliasRow::isBlank)).map(AliasRow::data).toList(),
                codes(citizenships.get()), codes(languages.get()),
                documents.stream().filter(Predicate.not(DocumentRow::isBlank)).map(DocumentRow::data).toList(),
                contacts.stream().filter(Predicate.not(ContactRow::isBlank)).map(ContactRow::data).toList());
    }

    private boolean hasName() {
        return Text.trimToNull(nameNative.get()) != null || Text.trimToNull(nameLatin.get()) != null;
    }

    private UserMessage checkNames() {
        if (tooLong(nameNative.get())) {
            return new UserMessage("person.nameNative.tooLong", NAME_MAX);
        }
        if (tooLong(nameLatin.get())) {
            return new UserMessage("person.nameLatin.tooLong", NAME_MAX);
        }
        boolean touched = loaded.get() != null || !nameNative.get().isEmpty() || !nameLatin.get().isEmpty();
        return !hasName() && touched ? new UserMessage("person.name.required") : null;
    }

    private static boolean tooLong(String name) {
        String t = Text.trimToNull(name);
        return t != null && t.codePointCount(0, t.length()) > NAME_MAX;
    }

    private UserMessage checkAge() {
        String raw = Text.trimToNull(estimatedAge.get());
        if (raw != null) {
            Integer age = parseAge(raw);
            if (age == null || age < 0 || age > AGE_MAX) {
                return new UserMessage("person.estimatedAge.range", AGE_MAX);
            }
            if (dateOfBirth.get() != null) {
                return new UserMessage("person.age.birthOrEstimate");
            }
        }
        if (dateOfBirth.get() != null && dateOfBirth.get().isAfter(LocalDate.now(ctx.clock()))) {
            return new UserMessage("person.dateOfBirth.future");
        }
        return null;
    }

    private static Integer parseAge(String raw) {
        String t = Text.trimToNull(raw);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Set<String> codes(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(raw.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static UserMessage codesProblem(String raw, Predicate<String> valid, String key) {
        return codes(raw).stream().filter(Predicate.not(valid)).findFirst().map(c -> new UserMessage(key, c))
                .orElse(null);
    }

    private final class PersonForm implements VersionedEditor.Form<PersonDetails> {
        @Override
        public TaskRunner.Work<PersonDetails> saveWork() {
            SavePersonCommand cmd = edited();
            return c -> ctx.session().persons().save(cmd);
        }

        @Override
        public TaskRunner.Work<PersonDetails> readStoredWork() {
            UUID id = loaded.get().id();
            String purpose = revealPurpose;
            if (purpose != null) {
                return c -> ctx.session().persons().reveal(id, purpose);
            }
            return c -> ctx.session().persons().get(id);
        }

        @Override
        public List<Difference> differencesFrom(PersonDetails stored) {
            return PersonDifferences.between(SavePersonCommand.from(stored), edited());
        }

        @Override
        public void show(PersonDetails stored) {
            PersonEditorViewModel.this.show(stored);
        }

        @Override
        public void rebase(PersonDetails stored) {
            loaded.set(stored);
            baseline.set(SavePersonCommand.from(stored));
        }

        @Override
        public boolean isStored() {
            return loaded.get() != null;
        }
    }

    @Override
    public Object identity() {
        PersonDetails d = loaded.get();
        return d == null ? null : d.id();
    }

    @Override
    public ReadOnlyObjectProperty<UserMessage> titleProperty() {
        return title;
    }

    @Override
    public ObservableBooleanValue dirtyProperty() {
        return dirty;
    }

    public StringProperty nameNativeProperty() {
        return nameNative;
    }

    public StringProperty nameLatinProperty() {
        return nameLatin;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public ObjectProperty<LocalDate> dateOfBirthProperty() {
        return dateOfBirth;
    }

    public StringProperty estimatedAgeProperty() {
        return estimatedAge;
    }

    public StringProperty citizenshipsProperty() {
        return citizenships;
    }

    public StringProperty languagesProperty() {
        return languages;
    }

    public ObservableList<AliasRow> aliases() {
        return aliases;
    }

    public ObservableList<DocumentRow> documents() {
        return documents;
    }

    public ObservableList<ContactRow> contacts() {
        return contacts;
    }

    public ObjectBinding<UserMessage> nameProblemProperty() {
        return nameProblem;
    }

    public ObjectBinding<UserMessage> ageProblemProperty() {
        return ageProblem;
    }

    public ObjectBinding<UserMessage> citizenshipsProblemProperty() {
        return citizenshipsProblem;
    }

    public ObjectBinding<UserMessage> languagesProblemProperty() {
        return languagesProblem;
    }

    public ReadOnlyObjectProperty<PersonDetails> conflictProperty() {
        return editor.conflictProperty();
    }

    public ObservableList<Difference> differences() {
        return editor.differences();
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return editor.errorProperty();
    }

    public ObjectProperty<UserMessage> noticeProperty() {
        return editor.noticeProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public RecordHistoryViewModel history() {
        return history;
    }

    /** The person as loaded (null while new); its pseudonym is set for a revealed protected person. */
    public ReadOnlyObjectProperty<PersonDetails> loadedProperty() {
        return loaded;
    }

    public BooleanBinding busyProperty() {
        return editor.busyProperty();
    }
}
