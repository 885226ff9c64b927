package org.shield.ui.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import org.shield.application.common.UserMessage;
import org.shield.application.party.OrganisationDetails;
import org.shield.application.party.SaveOrganisationCommand;
import org.shield.domain.common.Text;
import org.shield.domain.party.Countries;
import org.shield.domain.party.OrganisationType;
import org.shield.ui.common.Difference;
import org.shield.ui.common.Document;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;
import org.shield.ui.common.TaskRunner;
import org.shield.ui.common.VersionedEditor;

/** The organisation editor: name, type (HTCDS plus scam compound, front company, recruitment agency), place, country. */
public final class OrganisationEditorViewModel implements Document {
    private static final int MAX = 200;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationType> type = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationDetails> loaded = new SimpleObjectProperty<>();
    private final ObjectProperty<SaveOrganisationCommand> baseline = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> syncConflict = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> title =
            new SimpleObjectProperty<>(new UserMessage("ui.organisation.tab.new"));
    private final ObjectBinding<UserMessage> nameProblem;
    private final ObjectBinding<UserMessage> typeProblem;
    private final ObjectBinding<UserMessage> placeProblem;
    private final ObjectBinding<UserMessage> countryProblem;
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;
    private final VersionedEditor<OrganisationDetails> editor;
    private final ScreenContext ctx;

    public OrganisationEditorViewModel(ScreenContext ctx, Navigator navigator) {
        this.ctx = ctx;
        this.editor = new VersionedEditor<>(ctx.tasks(), ctx.errors(), "ui.task.saveOrganisation",
                "ui.organisation.saved");
        editor.attach(new OrganisationForm(), d -> navigator.recordsChanged());
        nameProblem = Bindings.createObjectBinding(() -> {
            String n = Text.trimToNull(name.get());
            if (n == null) {
                return loaded.get() != null || !name.get().isEmpty()
                        ? new UserMessage("organisation.name.required") : null;
            }
            return n.codePointCount(0, n.length()) > MAX ? new UserMessage("organisation.name.tooLong", MAX) : null;
        }, name, loaded);
        typeProblem = Bindings.createObjectBinding(() -> type.get() == null && loaded.get() != null
                ? new UserMessage("organisation.type.required") : null, type, loaded);
        placeProblem = Bindings.createObjectBinding(() -> {
            String p = Text.trimToNull(place.get());
            return p != null && p.codePointCount(0, p.length()) > MAX
                    ? new UserMessage("organisation.place.tooLong", MAX) : null;
        }, place);
        countryProblem = Bindings.createObjectBinding(() -> {
            String c = Text.trimToNull(country.get());
            return c == null || Countries.isValid(c) ? null : new UserMessage("country.invalid");
        }, country);
        dirty = Bindings.createBooleanBinding(() -> baseline.get() != null && !edited().equals(baseline.get()),
                name, type, place, country, baseline);
        canSave = Bindings.createBooleanBinding(() -> Text.trimToNull(name.get()) != null && type.get() != null
                && nameProblem.get() == null && placeProblem.get() == null && countryProblem.get() == null,
                name, type, nameProblem, placeProblem, countryProblem)
                .and(dirty).and(editor.conflictProperty().isNull()).and(editor.busyProperty().not());
    }

    public void startNew() {
        show(null);
    }

    public void open(UUID id) {
        open(id, null);
    }

    /** {@link #open(UUID)}; {@code gone} (if any) instead of an error when the organisation is not on this laptop. */
    private void open(UUID id, Runnable gone) {
        ctx.tasks().run("ui.task.loadOrganisation", c -> ctx.session().organisations().get(id), this::show,
                Document.unlessGone(gone, f -> editor.errorProperty().set(ctx.errors().explain(f))));
        ctx.tasks().run("ui.task.loadOrganisation", c -> ctx.session().workspace().sync().conflictsOn("organisation",
                id), fields -> syncConflict.set(fields.isEmpty() ? null : new UserMessage("ui.organisation.syncConflict",
                        new org.shield.ui.sync.ConflictedFields("organisation", fields))), ctx.errors()::explain);
    }

    /** Set while fields of this organisation are in an open conflict at HQ (issue 7), until it is resolved. */
    public ObjectProperty<UserMessage> syncConflictProperty() {
        return syncConflict;
    }

    private void show(OrganisationDetails d) {
        loaded.set(d);
        name.set(d == null ? "" : d.name());
        type.set(d == null ? null : d.type());
        place.set(d == null ? "" : Objects.requireNonNullElse(d.place(), ""));
        country.set(d == null ? "" : Objects.requireNonNullElse(d.country(), ""));
        baseline.set(edited());
        if (d != null) {
            title.set(new UserMessage("ui.organisation.tab.title", d.name()));
        }
    }

    public void save() {
        if (canSave.get()) {
            editor.save();
        }
    }

    public void reloadStored() {
        editor.reloadStored();
    }

    @Override
    public void arrivedFromHq(Runnable gone) {
        if (identity() != null && !dirtyProperty().get() && editor.errorProperty().get() == null) {
            open((UUID) identity(), gone);
        }
    }

    public void keepMine() {
        editor.keepMine();
    }

    SaveOrganisationCommand edited() {
        OrganisationDetails d = loaded.get();
        String c = Text.trimToNull(country.get());
        return new SaveOrganisationCommand(d == null ? null : d.id(), d == null ? 0 : d.version(),
                Text.trimToNull(name.get()), type.get(), Text.trimToNull(place.get()),
                c == null ? null : c.toUpperCase(java.util.Locale.ROOT));
    }

    private final class OrganisationForm implements VersionedEditor.Form<OrganisationDetails> {
        @Override
        public TaskRunner.Work<OrganisationDetails> saveWork() {
            SaveOrganisationCommand cmd = edited();
            return c -> ctx.session().organisations().save(cmd);
        }

        @Override
        public TaskRunner.Work<OrganisationDetails> readStoredWork() {
            UUID id = loaded.get().id();
            return c -> ctx.session().organisations().get(id);
        }

        @Override
        public List<Difference> differencesFrom(OrganisationDetails s) {
            SaveOrganisationCommand m = edited();
            List<Difference> out = new ArrayList<>();
            if (!Objects.equals(s.name(), m.name())) {
                out.add(new Difference("ui.organisation.field.name", s.name(), m.name()));
            }
            if (s.type() != m.type()) {
                out.add(new Difference("ui.organisation.field.type", s.type(), m.type()));
            }
            if (!Objects.equals(s.place(), m.place())) {
                out.add(new Difference("ui.organisation.field.place", s.place(), m.place()));
            }
            if (!Objects.equals(s.country(), m.country())) {
                out.add(new Difference("ui.organisation.field.country", s.country(), m.country()));
            }
            return out;
        }

        @Override
        public void show(OrganisationDetails stored) {
            OrganisationEditorViewModel.this.show(stored);
        }

        @Override
        public void rebase(OrganisationDetails stored) {
            loaded.set(stored);
            baseline.set(new SaveOrganisationCommand(stored.id(), stored.version(), stored.name(), stored.type(),
                    stored.place(), stored.country()));
        }

        @Override
        public boolean isStored() {
            return loaded.get() != null;
        }
    }

    @Override
    public Object identity() {
        OrganisationDetails d = loaded.get();
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

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<OrganisationType> typeProperty() {
        return type;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public ObjectBinding<UserMessage> nameProblemProperty() {
        return nameProblem;
    }

    public ObjectBinding<UserMessage> typeProblemProperty() {
        return typeProblem;
    }

    public ObjectBinding<UserMessage> placeProblemProperty() {
        return placeProblem;
    }

    public ObjectBinding<UserMessage> countryProblemProperty() {
        return countryProblem;
    }

    public ReadOnlyObjectProperty<OrganisationDetails> conflictProperty() {
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

    public BooleanBinding busyProperty() {
        return editor.busyProperty();
    }
}
