package org.shield.ui.evidence;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.DisclosureResult;
import org.shield.ui.common.RunningWork;
import org.shield.ui.common.ScreenContext;

/**
 * Exporting a case's exhibits for disclosure into a new or empty folder, with a stated purpose (it is
 * recorded), in the background with progress and Cancel; a cancel or failure leaves nothing behind.
 */
public final class DisclosureViewModel {
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final ObjectBinding<UserMessage> purposeProblem;
    private final ObjectBinding<UserMessage> folderProblem;
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();
    private final ObjectProperty<DisclosureResult> result = new SimpleObjectProperty<>();
    private final BooleanBinding canExport;
    private final ScreenContext ctx;
    private final Supplier<UUID> caseId;
    private final RunningWork work;
    private final Consumer<UserMessage> stopped;

    public DisclosureViewModel(ScreenContext ctx, Supplier<UUID> caseId, RunningWork work,
            Consumer<UserMessage> stopped) {
        this.ctx = ctx;
        this.caseId = caseId;
        this.work = work;
        this.stopped = stopped;
        purposeProblem = Bindings.createObjectBinding(() -> OpenExhibitViewModel.purposeProblem(purpose.get()),
                purpose);
        folderProblem = Bindings.createObjectBinding(() -> !folder.get().isBlank() && path() == null
                ? new UserMessage("ui.evidence.export.folderInvalid") : null, folder);
        canExport = Bindings.createBooleanBinding(() -> path() != null && !purpose.get().isBlank()
                && purposeProblem.get() == null, folder, purpose, purposeProblem).and(work.runningProperty().not());
    }

    public void start() {
        if (work.isRunning()) {
            return;
        }
        folder.set("");
        purpose.set("");
        error.set(null);
        asking.set(true);
    }

    /** The folder the view's directory chooser returned. */
    public void chosen(Path dir) {
        if (dir != null) {
            folder.set(dir.toString());
        }
    }

    public void export() {
        if (!canExport.get()) {
            return;
        }
        Path to = path();
        String why = purpose.get().strip();
        UUID id = caseId.get();
        asking.set(false);
        error.set(null);
        work.start("ui.evidence.task.export", c -> ctx.session().workspace().evidence().exportDisclosure(id, to, why,
                c.progress(), c.cancellation()), result::set, failure -> {
                    UserMessage m = ctx.errors().explain(failure);
                    if (failure instanceof OperationCancelledException) {
                        stopped.accept(m);
                    } else {
                        error.set(m);
                        asking.set(true);
                    }
                });
    }

    public void cancel() {
        asking.set(false);
    }

    private Path path() {
        String f = folder.get() == null ? "" : folder.get().strip();
        if (f.isEmpty()) {
            return null;
        }
        try {
            Path p = Path.of(f);
            return p.isAbsolute() ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ObjectBinding<UserMessage> purposeProblemProperty() {
        return purposeProblem;
    }

    public ObjectBinding<UserMessage> folderProblemProperty() {
        return folderProblem;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    /** The written export; the view shows it and clears it. */
    public ObjectProperty<DisclosureResult> resultProperty() {
        return result;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
