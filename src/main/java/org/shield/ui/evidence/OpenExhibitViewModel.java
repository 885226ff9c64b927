package org.shield.ui.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.EvidenceService;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.OpenedExhibit;
import org.shield.ui.common.Busy;
import org.shield.ui.common.ScreenContext;

/**
 * Opening an exhibit in the desk's own viewer, only when the user asks. Images (PNG, JPEG, GIF, BMP up to
 * {@value #IMAGE_MAX} bytes) and text files (up to {@value #TEXT_MAX} bytes) are read into memory on a worker
 * thread, never written to disk; anything else is not opened at all (nothing to record) and the user is
 * told to export it for disclosure. A sensitive exhibit (a minor, sexual content) first asks for the
 * purpose, which the service records with the viewing.
 */
public final class OpenExhibitViewModel {
    static final long IMAGE_MAX = 50L * 1024 * 1024;
    static final long TEXT_MAX = 2L * 1024 * 1024;
    static final int PURPOSE_MAX = 1000;
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "bmp");
    private static final Set<String> TEXTS = Set.of("txt", "text", "log", "csv", "json", "xml", "md", "eml");

    /** How an exhibit can be shown. */
    public enum Kind { IMAGE, TEXT, NOT_PREVIEWABLE }

    /** What the viewer shows: the bytes of an image, or text; nothing for an exhibit that cannot be shown. */
    public record Preview(ExhibitDetails exhibit, Kind kind, byte[] image, String text) {
        @Override
        public String toString() {
            return "Preview[" + exhibit.id() + ", " + kind + "]";
        }
    }

    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ObjectProperty<ExhibitDetails> target = new SimpleObjectProperty<>();
    private final StringProperty purpose = new SimpleStringProperty("");
    private final ObjectBinding<UserMessage> purposeProblem;
    private final BooleanBinding canOpen;
    private final ObjectProperty<Preview> preview = new SimpleObjectProperty<>();
    private final ScreenContext ctx;
    private final Busy busy;
    private final Consumer<UUID> viewed;

    /** {@code viewed} is told which exhibit was opened (its custody chain has a new "viewed" step). */
    public OpenExhibitViewModel(ScreenContext ctx, Consumer<UUID> viewed) {
        this.ctx = ctx;
        this.busy = new Busy(ctx.tasks());
        this.viewed = viewed;
        purposeProblem = Bindings.createObjectBinding(() -> purposeProblem(purpose.get()), purpose);
        canOpen = Bindings.createBooleanBinding(() -> target.get() != null && !purpose.get().isBlank()
                && purposeProblem.get() == null, target, purpose, purposeProblem).and(busy.busyProperty().not());
    }

    /** The problem with a stated purpose, or null (blank is no problem yet, just not enough). */
    static UserMessage purposeProblem(String text) {
        String p = text == null ? "" : text.strip();
        int n = p.codePointCount(0, p.length());
        if (n > 0 && n < EvidenceService.PURPOSE_MIN) {
            return new UserMessage("ui.evidence.purposeTooShort", EvidenceService.PURPOSE_MIN);
        }
        return n > PURPOSE_MAX ? new UserMessage("ui.evidence.purposeTooLong", PURPOSE_MAX) : null;
    }

    /** How this exhibit would be shown, from its original file name and size (before anything is read). */
    public static Kind kindOf(ExhibitDetails e) {
        String name = e.originalFileName() == null ? "" : e.originalFileName();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        long size = e.sizeBytes() == null ? Long.MAX_VALUE : e.sizeBytes();
        if (IMAGES.contains(ext) && size <= IMAGE_MAX) {
            return Kind.IMAGE;
        }
        return TEXTS.contains(ext) && size <= TEXT_MAX ? Kind.TEXT : Kind.NOT_PREVIEWABLE;
    }

    /**
     * Opens the exhibit: one that cannot be shown only says so; a sensitive one asks for the purpose
     * first; any other is read and shown.
     */
    public void start(ExhibitDetails e) {
        if (e == null || !e.hasContent() || busy.isBusy()) {
            return;
        }
        if (kindOf(e) == Kind.NOT_PREVIEWABLE) {
            preview.set(new Preview(e, Kind.NOT_PREVIEWABLE, null, null));
        } else if (e.flags() != null && e.flags().sensitive()) {
            target.set(e);
            purpose.set("");
            asking.set(true);
        } else {
            read(e, null);
        }
    }

    /** Opens the sensitive exhibit for the stated purpose. */
    public void confirm() {
        if (!canOpen.get()) {
            return;
        }
        ExhibitDetails e = target.get();
        String why = purpose.get().strip();
        asking.set(false);
        target.set(null);
        purpose.set("");
        read(e, why);
    }

    public void cancel() {
        asking.set(false);
        target.set(null);
        purpose.set("");
    }

    private void read(ExhibitDetails e, String why) {
        Kind kind = kindOf(e);
        long limit = kind == Kind.IMAGE ? IMAGE_MAX : TEXT_MAX;
        busy.run("ui.evidence.task.open", c -> {
            try (OpenedExhibit opened = ctx.session().workspace().evidence().open(e.id(), why)) {
                byte[] bytes = opened.content().readNBytes((int) limit);
                return kind == Kind.IMAGE ? new Preview(e, kind, bytes, null)
                        : new Preview(e, kind, null, new String(bytes, StandardCharsets.UTF_8));
            }
        }, shown -> {
            preview.set(shown);
            viewed.accept(e.id());
        }, failure -> {
            ctx.errors().present(failure);
            viewed.accept(e.id());
        });
    }

    /** The viewer was closed: the content is dropped from memory. */
    public void closePreview() {
        preview.set(null);
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public ObjectProperty<ExhibitDetails> targetProperty() {
        return target;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ObjectBinding<UserMessage> purposeProblemProperty() {
        return purposeProblem;
    }

    public BooleanBinding canOpenProperty() {
        return canOpen;
    }

    /** What to show now, or null; the view opens its viewer when this is set. */
    public ObjectProperty<Preview> previewProperty() {
        return preview;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
