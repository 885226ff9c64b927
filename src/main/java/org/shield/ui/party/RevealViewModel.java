package org.shield.ui.party;

import java.util.UUID;
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
import org.shield.application.party.PersonService;
import org.shield.ui.common.Busy;
import org.shield.ui.common.Navigator;
import org.shield.ui.common.ScreenContext;

/**
 * Revealing the real identity of a protected person (a victim or witness known by pseudonym). First the
 * service is asked whether this user may; if not, the user is told so plainly. If so, the user states
 * the purpose (at least {@value PersonService#PURPOSE_MIN} characters); the service records the reveal
 * and the person opens in the editor with the revealed details. Used by the case's parties and by the
 * person search.
 */
public final class RevealViewModel {
    private static final int PURPOSE_MAX = 500;

    /** Who is to be revealed: the person and the pseudonym they are shown by. */
    public record Target(UUID personId, String pseudonym) {
        @Override
        public String toString() {
            return "Target[" + personId + "]";
        }
    }

    private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final StringProperty purpose = new SimpleStringProperty("");
    private final ObjectBinding<UserMessage> purposeProblem;
    private final BooleanBinding canReveal;
    private final ScreenContext ctx;
    private final Navigator navigator;
    private final Busy busy;

    public RevealViewModel(ScreenContext ctx, Navigator navigator) {
        this.ctx = ctx;
        this.navigator = navigator;
        this.busy = new Busy(ctx.tasks());
        purposeProblem = Bindings.createObjectBinding(() -> {
            String p = purpose.get() == null ? "" : purpose.get().strip();
            if (p.isEmpty()) {
                return null;
            }
            if (p.codePointCount(0, p.length()) < PersonService.PURPOSE_MIN) {
                return new UserMessage("ui.person.reveal.purposeTooShort", PersonService.PURPOSE_MIN);
            }
            return p.codePointCount(0, p.length()) > PURPOSE_MAX
                    ? new UserMessage("ui.person.reveal.purposeTooLong", PURPOSE_MAX) : null;
        }, purpose);
        canReveal = Bindings.createBooleanBinding(() -> target.get() != null && purposeProblem.get() == null
                && !purpose.get().isBlank(), target, purpose, purposeProblem).and(busy.busyProperty().not());
    }

    /** Asks for a purpose if the user may reveal this person; says plainly that they may not otherwise. */
    public void start(UUID personId, String pseudonym) {
        if (personId == null) {
            return;
        }
        busy.run("ui.person.task.checkReveal", c -> ctx.session().persons().canReveal(personId), allowed -> {
            if (allowed) {
                purpose.set("");
                target.set(new Target(personId, pseudonym));
                asking.set(true);
            } else {
                ctx.dialogs().showError(new UserMessage("ui.person.reveal.notAllowed", pseudonym));
            }
        }, ctx.errors()::present);
    }

    /** Reveals with the stated purpose and opens the person; the service records who, when and why. */
    public void confirm() {
        if (!canReveal.get()) {
            return;
        }
        Target t = target.get();
        String why = purpose.get().strip();
        asking.set(false);
        busy.run("ui.person.task.reveal", c -> ctx.session().persons().reveal(t.personId(), why), details -> {
            target.set(null);
            purpose.set("");
            navigator.openRevealedPerson(details, why);
        }, failure -> {
            target.set(null);
            ctx.errors().present(failure);
        });
    }

    public void cancel() {
        asking.set(false);
        target.set(null);
        purpose.set("");
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ObjectBinding<UserMessage> purposeProblemProperty() {
        return purposeProblem;
    }

    public BooleanBinding canRevealProperty() {
        return canReveal;
    }

    public BooleanBinding busyProperty() {
        return busy.busyProperty();
    }
}
