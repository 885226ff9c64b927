package org.shield.ui.report;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.shield.application.interview.InterviewSummary;
import org.shield.application.party.PersonService;
import org.shield.application.report.Redaction;
import org.shield.application.report.ReportKind;
import org.shield.ui.common.Controls;
import org.shield.ui.common.FormDialog;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;
import org.shield.ui.common.RunningWork;
import org.shield.ui.common.Theme;

/**
 * The report dialog of a {@link ReportDialogViewModel} (ADR 0106): the choices on the left with Preview and
 * its progress and Cancel, the previewed pages on the right, and Save… and Print… at the bottom, which keep
 * the dialog open. Closing it (or locking the desk, which hides it) forgets the preview.
 */
public final class ReportDialog {
    private ReportDialog() {
    }

    /** Opens the dialog (owned by {@code anchor}'s window) each time the view model asks. */
    public static void attach(ReportDialogViewModel vm, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            // a view replaced by a language switch is out of the scene: only the current one opens the dialog
            if (vm.askingProperty().get() && anchor.getScene() != null) {
                show(vm, anchor, m);
            }
        });
    }

    private static void show(ReportDialogViewModel vm, Node anchor, Messages m) {
        Dialog<ButtonType> d = new Dialog<>();
        Window owner = anchor == null || anchor.getScene() == null ? null : anchor.getScene().getWindow();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(m.get("ui.report.title"));
        d.setHeaderText(null);
        d.setResizable(true);
        var pane = d.getDialogPane();
        pane.setId("reportDialog");
        pane.getStylesheets().add(Theme.stylesheet());
        ButtonType save = new ButtonType(m.get("ui.report.save"), ButtonData.OTHER);
        ButtonType print = new ButtonType(m.get("ui.report.print"), ButtonData.OTHER);
        ButtonType close = new ButtonType(m.get("ui.action.close"), ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(save, print, close);
        action(pane.lookupButton(save), "reportSave", vm::save, vm);
        action(pane.lookupButton(print), "reportPrint", vm::print, vm);
        pane.lookupButton(close).setId("reportClose");

        VBox form = form(vm, m);
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formScroll.getStyleClass().add("edge-to-edge");
        formScroll.setMinWidth(340);
        formScroll.setPrefWidth(360);

        Label info = new Label();
        info.setId("reportInfo");
        info.getStyleClass().add("section-title");
        info.textProperty().bind(Bindings.createStringBinding(() -> vm.production().isRunning()
                ? m.get("ui.report.producing") : vm.reportProperty().get() == null ? m.get("ui.report.preview.empty")
                : m.get("ui.report.preview.info", vm.reportProperty().get().reportId(), vm.reportProperty().get().pages()),
                vm.reportProperty(), vm.production().runningProperty()));
        ReportPreview pages = new ReportPreview(vm, m);
        VBox.setVgrow(pages, Priority.ALWAYS);
        // what is going on shows above the pages, where the user looks after pressing Preview, Save or Print
        VBox preview = new VBox(6, info, progress(vm.production(), m), status(vm, m), pages);
        HBox.setHgrow(preview, Priority.ALWAYS);
        HBox content = new HBox(16, formScroll, preview);
        content.setPadding(new Insets(10, 12, 0, 12));
        pane.setContent(content);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        pane.setPrefSize(Math.min(1240, screen.getWidth() - 60), Math.min(900, screen.getHeight() - 60));
        d.setOnHidden(e -> vm.close());
        d.setOnShown(e -> form.lookup("#reportKind").requestFocus());
        d.show();
    }

    /** A dialog button that acts without closing the dialog, enabled while the previewed report can go out. */
    private static void action(Node button, String id, Runnable act, ReportDialogViewModel vm) {
        button.setId(id);
        button.disableProperty().bind(vm.canOutputProperty().not());
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            act.run();
        });
    }

    private static VBox form(ReportDialogViewModel vm, Messages m) {
        ComboBox<ReportKind> kind = new ComboBox<>(vm.kinds());
        kind.setId("reportKind");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setConverter(ReportControls.converter(m::label));
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        ComboBox<InterviewSummary> interview = new ComboBox<>(vm.interviews());
        interview.setId("reportInterview");
        interview.setMaxWidth(Double.MAX_VALUE);
        interview.setConverter(ReportControls.converter(i -> m.get("ui.report.interview.item", m.date(i.date()), m.label(i.kind()),
                i.personLabel() == null ? "" : i.personLabel())));
        interview.valueProperty().bindBidirectional(vm.interviewProperty());
        interview.disableProperty().bind(vm.kindProperty().isNotEqualTo(ReportKind.InterviewRecord));
        VBox interviewBox = ReportControls.field(m, "ui.report.interview", interview);
        Controls.showWhen(interviewBox, Bindings.isNotEmpty(vm.interviews()));

        ComboBox<Locale> language = ReportControls.languages("reportLanguage", m);
        language.valueProperty().bindBidirectional(vm.languageProperty());

        VBox protection = protection(vm, m);

        TextField requestedFor = new TextField();
        requestedFor.setId("reportRequestedFor");
        requestedFor.setPromptText(m.get("ui.report.requestedFor.prompt"));
        requestedFor.textProperty().bindBidirectional(vm.requestedForProperty());
        Paragraph requestedForProblem = ReportControls.problem(vm.requestedForProblemProperty(), m);

        Button preview = new Button(m.get("ui.report.preview"));
        preview.setId("reportPreview");
        preview.setMnemonicParsing(true);
        preview.setDefaultButton(true);
        preview.getStyleClass().add("primary-action");
        preview.disableProperty().bind(vm.canPreviewProperty().not());
        preview.setOnAction(e -> vm.preview());
        Paragraph previewHint = new Paragraph(m.get("ui.report.preview.hint"));
        previewHint.getStyleClass().add("hint");

        VBox choices = new VBox(10, ReportControls.field(m, "ui.report.kind", kind), interviewBox, ReportControls.field(m, "ui.report.language", language),
                protection, ReportControls.field(m, "ui.report.requestedFor", requestedFor), requestedForProblem);
        choices.disableProperty().bind(vm.production().runningProperty());
        VBox form = new VBox(12, choices, new HBox(10, preview), previewHint);
        form.setPadding(new Insets(0, 8, 8, 0));
        return form;
    }

    /** The last outcome: an error (refusal, failure) or a notice (produced, saved, printed, cancelled). */
    private static VBox status(ReportDialogViewModel vm, Messages m) {
        Paragraph error = new Paragraph();
        error.setId("reportError");
        error.getStyleClass().add("form-error");
        Controls.showMessage(error, vm.errorProperty(), m);
        Paragraph notice = new Paragraph();
        notice.setId("reportNotice");
        notice.getStyleClass().add("form-notice");
        Controls.showMessage(notice, vm.noticeProperty(), m);
        return new VBox(2, error, notice);
    }

    /** Pseudonyms only, or with the identity annex and its purpose (only for a user who may reveal). */
    private static VBox protection(ReportDialogViewModel vm, Messages m) {
        ToggleGroup group = new ToggleGroup();
        RadioButton pseudonyms = new RadioButton(m.label(Redaction.Pseudonyms));
        pseudonyms.setId("reportPseudonyms");
        pseudonyms.setUserData(Redaction.Pseudonyms);
        pseudonyms.setToggleGroup(group);
        RadioButton annex = new RadioButton(m.label(Redaction.IdentityAnnex));
        annex.setId("reportAnnex");
        annex.setUserData(Redaction.IdentityAnnex);
        annex.setToggleGroup(group);
        Runnable fromModel = () -> group.selectToggle(vm.redactionProperty().get() == Redaction.IdentityAnnex ? annex
                : pseudonyms);
        fromModel.run();
        vm.redactionProperty().addListener((o, was, now) -> fromModel.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.redactionProperty().set((Redaction) now.getUserData());
            }
        });
        Paragraph explain = new Paragraph(m.get("ui.report.annex.explain", PersonService.PURPOSE_MIN));
        explain.getStyleClass().add("hint");
        TextArea purpose = new TextArea();
        purpose.setId("reportPurpose");
        purpose.setPrefRowCount(3);
        Controls.wrapUnlessThai(purpose);
        purpose.textProperty().bindBidirectional(vm.purposeProperty());
        purpose.disableProperty().bind(vm.redactionProperty().isNotEqualTo(Redaction.IdentityAnnex));
        Paragraph purposeProblem = ReportControls.problem(vm.purposeProblemProperty(), m);
        purposeProblem.setId("reportPurposeProblem");
        VBox annexPart = new VBox(6, annex, explain, ReportControls.field(m, "ui.report.purpose", purpose), purposeProblem);
        Controls.showWhen(annexPart, vm.annexOfferedProperty());
        Label heading = new Label(m.get("ui.report.protection"));
        heading.getStyleClass().add("form-label");
        return new VBox(6, heading, pseudonyms, annexPart);
    }

    /** The report being produced (the heading says so): a bar that moves while pages are laid out, Cancel. */
    private static HBox progress(RunningWork work, Messages m) {
        ProgressBar bar = new ProgressBar();
        bar.setId("reportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(work.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(m.get("ui.report.cancel"));
        cancel.setId("reportCancel");
        cancel.setMnemonicParsing(true);
        cancel.disableProperty().bind(work.cancellableProperty().not());
        cancel.setOnAction(e -> work.cancel());
        HBox box = new HBox(8, bar, cancel);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Controls.showWhen(box, work.runningProperty());
        return box;
    }
}
