package org.shield.ui.report;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.shield.application.report.ReportKind;
import org.shield.ui.common.Controls;
import org.shield.ui.common.FormDialog;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.RunningWork;
import org.shield.ui.common.Theme;

/**
 * The dialog of a {@link BatchReportViewModel}: which reports, the language, whom they are for and the folder;
 * then the progress (n of N) with Cancel, and the summary of what was saved and what failed.
 */
public final class BatchReportDialog {
    private BatchReportDialog() {
    }

    /** Opens the dialog (owned by {@code anchor}'s window) each time the view model asks. */
    public static void attach(BatchReportViewModel vm, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            // a view replaced by a language switch is out of the scene: only the current one opens the dialog
            if (vm.askingProperty().get() && anchor.getScene() != null) {
                show(vm, anchor, m);
            }
        });
    }

    private static void show(BatchReportViewModel vm, Node anchor, Messages m) {
        Dialog<ButtonType> d = new Dialog<>();
        Window owner = anchor == null || anchor.getScene() == null ? null : anchor.getScene().getWindow();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(m.get("ui.report.batch.title"));
        d.setHeaderText(null);
        d.setResizable(true);
        var pane = d.getDialogPane();
        pane.setId("batchReportDialog");
        pane.getStylesheets().add(Theme.stylesheet());
        ButtonType close = new ButtonType(m.get("ui.action.close"), ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).setId("batchClose");

        Paragraph cases = new Paragraph(m.get("ui.report.batch.cases", vm.cases().size(),
                vm.cases().stream().map(BatchReportViewModel.BatchCase::caseNumber).collect(Collectors.joining(", "))));
        cases.setId("batchCases");

        VBox kinds = new VBox(4);
        for (ReportKind k : vm.kinds()) {
            CheckBox box = new CheckBox(m.label(k));
            box.setId("batchKind" + k.name());
            box.setSelected(vm.chosen().contains(k));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    vm.chosen().add(k);
                } else {
                    vm.chosen().remove(k);
                }
            });
            kinds.getChildren().add(box);
        }
        Label kindsLabel = new Label(m.get("ui.report.batch.kinds"));
        kindsLabel.getStyleClass().add("form-label");

        ComboBox<Locale> language = ReportControls.languages("batchLanguage", m);
        language.valueProperty().bindBidirectional(vm.languageProperty());

        TextField requestedFor = new TextField();
        requestedFor.setId("batchRequestedFor");
        requestedFor.setPromptText(m.get("ui.report.requestedFor.prompt"));
        requestedFor.textProperty().bindBidirectional(vm.requestedForProperty());

        TextField folder = new TextField();
        folder.setId("batchFolder");
        folder.setEditable(false);
        folder.setPromptText(m.get("ui.report.batch.folder.none"));
        folder.textProperty().bind(Bindings.createStringBinding(() -> vm.folderProperty().get() == null ? ""
                : vm.folderProperty().get().toString(), vm.folderProperty()));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button chooseFolder = new Button(m.get("ui.report.batch.folder.choose"));
        chooseFolder.setId("batchChooseFolder");
        chooseFolder.setMnemonicParsing(true);
        chooseFolder.setOnAction(e -> vm.chooseFolder());
        Paragraph folderProblem = ReportControls.problem(vm.folderProblemProperty(), m);

        Paragraph hint = new Paragraph(m.get("ui.report.batch.hint"));
        hint.getStyleClass().add("hint");
        Button run = new Button(m.get("ui.report.batch.run"));
        run.setId("batchRun");
        run.setMnemonicParsing(true);
        run.setDefaultButton(true);
        run.getStyleClass().add("primary-action");
        run.disableProperty().bind(vm.canRunProperty().not());
        run.setOnAction(e -> vm.run());

        VBox choices = new VBox(10, cases, new VBox(4, kindsLabel, kinds),
                ReportControls.field(m, "ui.report.language", language), ReportControls.field(m, "ui.report.requestedFor", requestedFor),
                ReportControls.field(m, "ui.report.batch.folder", new HBox(8, folder, chooseFolder)), folderProblem, hint);
        choices.disableProperty().bind(vm.work().runningProperty());

        Paragraph error = new Paragraph();
        error.setId("batchError");
        error.getStyleClass().add("form-error");
        Controls.showMessage(error, vm.errorProperty(), m);
        Paragraph notice = new Paragraph();
        notice.setId("batchNotice");
        notice.getStyleClass().add("form-notice");
        Controls.showMessage(notice, vm.noticeProperty(), m);

        ListView<BatchReportViewModel.Line> results = new ListView<>(vm.lines());
        results.setId("batchResults");
        results.setPrefHeight(180);
        results.setPlaceholder(new Label(m.get("ui.report.batch.noResults")));
        results.setCellFactory(list -> new ListCell<>() {
            private final Paragraph text = new Paragraph();

            {
                // a reason may be long (and Thai): it wraps within the list's width
                text.prefWidthProperty().bind(list.widthProperty().subtract(30));
                text.maxWidthProperty().bind(text.prefWidthProperty());
            }

            @Override
            protected void updateItem(BatchReportViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                text.getStyleClass().removeAll("form-error");
                if (empty || line == null) {
                    setGraphic(null);
                    return;
                }
                text.setText(line(line, m));
                if (!line.saved()) {
                    text.getStyleClass().add("form-error");
                }
                setGraphic(text);
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);

        VBox content = new VBox(12, choices, new HBox(10, run), progress(vm.work(), m), error, notice, results);
        content.setPadding(new Insets(10, 12, 0, 12));
        pane.setContent(content);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        pane.setPrefSize(Math.min(760, screen.getWidth() - 60), Math.min(820, screen.getHeight() - 60));
        d.setOnHidden(e -> vm.close());
        d.show();
    }

    /** A summary line: the file a report was saved as, or the report and why it was not saved. */
    private static String line(BatchReportViewModel.Line line, Messages m) {
        if (line.saved()) {
            return m.get("ui.report.batch.line.saved", line.fileName()); // the name says kind, case and report id
        }
        String what = line.about() == null ? m.get("ui.report.batch.line.report", m.label(line.kind()), line.caseNumber())
                : m.get("ui.report.batch.line.reportAbout", m.label(line.kind()), line.caseNumber(), line.about());
        return m.get("ui.report.batch.line.failed", what, m.format(line.problem()));
    }

    /** The batch running: n of N reports, Cancel. */
    private static VBox progress(RunningWork work, Messages m) {
        Label what = new Label();
        what.setId("batchProgressText");
        what.textProperty().bind(Bindings.createStringBinding(() -> work.totalProperty().get() < 0
                ? m.get("ui.report.batch.preparing")
                : m.get("ui.report.batch.progress", (long) work.doneProperty().get(), (long) work.totalProperty().get()),
                work.doneProperty(), work.totalProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("batchProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(work.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(m.get("ui.report.cancel"));
        cancel.setId("batchCancel");
        cancel.setMnemonicParsing(true);
        cancel.disableProperty().bind(work.cancellableProperty().not());
        cancel.setOnAction(e -> work.cancel());
        VBox box = new VBox(4, what, new HBox(8, bar, cancel));
        Controls.showWhen(box, work.runningProperty());
        return box;
    }
}
