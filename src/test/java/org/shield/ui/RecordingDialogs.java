package org.shield.ui;

import java.util.ArrayList;
import java.util.List;
import org.shield.application.common.UserMessage;
import org.shield.ui.common.DialogService;

/** Answers dialogs in tests and remembers what was shown. */
public final class RecordingDialogs implements DialogService {
    private final List<UserMessage> errors = new ArrayList<>();
    private final List<UserMessage> notices = new ArrayList<>();
    private boolean confirmAnswer;
    private java.nio.file.Path saveFile;
    private java.nio.file.Path folder;

    @Override
    public void showError(UserMessage message) {
        errors.add(message);
    }

    @Override
    public void inform(UserMessage message) {
        notices.add(message);
    }

    @Override
    public boolean confirm(UserMessage question, String actionKey) {
        return confirmAnswer;
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseSaveFile(String titleKey, String suggestedName,
            String filterKey, String pattern) {
        return java.util.Optional.ofNullable(saveFile);
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFolder(String titleKey) {
        return java.util.Optional.ofNullable(folder);
    }

    /** The folder the next folder dialogs answer with; null answers as if the user cancelled. */
    public void answerFolder(java.nio.file.Path folder) {
        this.folder = folder;
    }

    /** The file the next save dialogs answer with; null answers as if the user cancelled. */
    public void answerSaveFile(java.nio.file.Path file) {
        this.saveFile = file;
    }

    public void answerConfirm(boolean answer) {
        this.confirmAnswer = answer;
    }

    public List<UserMessage> errors() {
        return errors;
    }

    /** What {@link #inform} was told, in order. */
    public List<UserMessage> notices() {
        return notices;
    }
}
