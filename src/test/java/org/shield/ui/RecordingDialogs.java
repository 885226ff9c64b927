package org.shield.ui;

import java.util.ArrayList;
import java.util.List;
import org.shield.application.common.UserMessage;
import org.shield.ui.common.DialogService;

/** Answers dialogs in tests and remembers what was shown. */
public final class RecordingDialogs implements DialogService {
    private final List<UserMessage> errors = new ArrayList<>();
    private boolean confirmAnswer;

    @Override
    public void showError(UserMessage message) {
        errors.add(message);
    }

    @Override
    public boolean confirm(UserMessage question, String actionKey) {
        return confirmAnswer;
    }

    public void answerConfirm(boolean answer) {
        this.confirmAnswer = answer;
    }

    public List<UserMessage> errors() {
        return errors;
    }
}
