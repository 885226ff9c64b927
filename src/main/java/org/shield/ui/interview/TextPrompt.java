package org.shield.ui.interview;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shield.application.common.UserMessage;

/**
 * A dialog's state that asks for one required text (an addendum, the reason for returning an interview):
 * {@link #start()} sets {@code asking}, the view shows the dialog and calls {@link #confirm()} or
 * {@link #cancel()} (ADR 0104). The text is handed to the action stripped.
 */
public final class TextPrompt {
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty asking = new SimpleBooleanProperty();
    private final ObjectBinding<UserMessage> problem;
    private final BooleanBinding canConfirm;
    private final Consumer<String> action;

    /** {@code tooLongKey} is shown when the text is longer than {@code max} characters. */
    public TextPrompt(int max, String tooLongKey, Consumer<String> action) {
        this.action = action;
        problem = Bindings.createObjectBinding(() -> text.get().strip().length() > max
                ? new UserMessage(tooLongKey, max) : null, text);
        canConfirm = Bindings.createBooleanBinding(() -> !text.get().isBlank() && problem.get() == null, text, problem);
    }

    public void start() {
        text.set("");
        asking.set(true);
    }

    public void confirm() {
        if (!canConfirm.get()) {
            return;
        }
        asking.set(false);
        String value = text.get().strip();
        text.set("");
        action.accept(value);
    }

    public void cancel() {
        asking.set(false);
        text.set("");
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty askingProperty() {
        return asking;
    }

    public ObjectBinding<UserMessage> problemProperty() {
        return problem;
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }
}
