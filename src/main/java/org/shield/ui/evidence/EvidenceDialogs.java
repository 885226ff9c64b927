package org.shield.ui.evidence;

import java.io.File;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.shield.application.common.UserMessage;
import org.shield.application.evidence.DisclosureResult;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.evidence.IntegrityReport;
import org.shield.domain.evidence.CustodyAction;
import org.shield.ui.common.Controls;
import org.shield.ui.common.FormDialog;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;

/**
 * The Evidence tab's smaller dialogs, each over its view model: a custody step (transfer, receive or
 * another step), the stated purpose before a sensitive exhibit opens, export for disclosure, and the
 * results of a verification or an export. Each opens when its view model asks and hands the answer back.
 */
final class EvidenceDialogs {
    private EvidenceDialogs() {
    }

    static void attachAdd(AddExhibitViewModel vm, Node anchor, Messages m) {
        AddExhibitDialog.attach(vm, anchor, m);
    }

    static void attachCustody(CustodyStepViewModel vm, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            ExhibitDetails e = vm.exhibitProperty().get();
            CustodyStepViewModel.Kind kind = vm.kindProperty().get();
            if (e == null || kind == null) {
                return;
            }
            VBox box = form();
            switch (kind) {
                case TRANSFER -> {
                    box.getChildren().add(new Paragraph(m.get("ui.evidence.transfer.explain", e.exhibitNumber())));
                    ComboBox<String> to = new ComboBox<>(vm.recipients());
                    to.setId("custodyRecipient");
                    to.setPromptText(m.get("ui.evidence.transfer.choose"));
                    to.valueProperty().bindBidirectional(vm.recipientProperty());
                    to.setMaxWidth(Double.MAX_VALUE);
                    Paragraph none = new Paragraph(m.get("ui.evidence.transfer.noRecipients"));
                    none.getStyleClass().add("field-problem");
                    Controls.showWhen(none, Bindings.isEmpty(vm.recipients()));
                    box.getChildren().addAll(label(m, "ui.evidence.transfer.to", to), to, none);
                }
                case RECEIVE -> box.getChildren().add(new Paragraph(m.get("ui.evidence.receive.explain",
                        e.exhibitNumber())));
                case STEP -> {
                    box.getChildren().add(new Paragraph(m.get("ui.evidence.step.explain", e.exhibitNumber())));
                    ComboBox<CustodyAction> action = new ComboBox<>();
                    action.setId("custodyAction");
                    Controls.codeList(action, CustodyStepViewModel.STEP_ACTIONS.toArray(CustodyAction[]::new), m);
                    action.valueProperty().bindBidirectional(vm.actionProperty());
                    action.setMaxWidth(Double.MAX_VALUE);
                    box.getChildren().addAll(label(m, "ui.evidence.step.action", action), action);
                }
                default -> throw new IllegalStateException();
            }
            // a relabel: the new number and why, in place of the storage and the re-hash
            Paragraph relabelExplain = new Paragraph(m.get("ui.evidence.relabel.explain", e.exhibitNumber()));
            TextField newNumber = field("custodyNewNumber", vm.newNumberProperty());
            Label newNumberLabel = label(m, "ui.evidence.relabel.newNumber", newNumber);
            for (Node n : List.of(relabelExplain, newNumberLabel, newNumber)) {
                Controls.showWhen(n, vm.relabellingProperty());
            }
            TextField place = field("custodyPlace", vm.placeProperty());
            TextField purpose = field("custodyPurpose", vm.purposeProperty());
            TextField storage = field("custodyStorage", vm.storageAfterProperty());
            Label purposeLabel = label(m, "ui.evidence.custody.purpose", purpose);
            purposeLabel.textProperty().bind(Bindings.when(vm.relabellingProperty())
                    .then(m.get("ui.evidence.relabel.reason")).otherwise(purposeLabel.getText()));
            Label storageLabel = label(m, "ui.evidence.custody.storage", storage);
            Controls.showWhen(storageLabel, vm.relabellingProperty().not());
            Controls.showWhen(storage, vm.relabellingProperty().not());
            box.getChildren().addAll(relabelExplain, newNumberLabel, newNumber,
                    label(m, "ui.evidence.custody.place", place), place, purposeLabel, purpose, storageLabel, storage);
            if (e.hasContent()) {
                CheckBox check = new CheckBox(m.get("ui.evidence.custody.checkHash"));
                check.setId("custodyCheckHash");
                check.selectedProperty().bindBidirectional(vm.checkHashProperty());
                Controls.showWhen(check, vm.relabellingProperty().not());
                box.getChildren().add(check);
            }
            box.getChildren().add(error(m, "custodyError", vm.errorProperty()));
            String[] keys = switch (kind) {
                case TRANSFER -> new String[] {"ui.evidence.transfer.title", "ui.evidence.transfer.action"};
                case RECEIVE -> new String[] {"ui.evidence.receive.title", "ui.evidence.receive.action"};
                case STEP -> new String[] {"ui.evidence.step.title", "ui.evidence.step.recordAction"};
            };
            answer(FormDialog.ask(anchor, m, "custodyDialog", keys[0], keys[1], box, vm.canRecordProperty()),
                    vm::record, vm::cancel);
        });
    }

    static void attachOpen(OpenExhibitViewModel vm, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            ExhibitDetails e = vm.targetProperty().get();
            if (e == null) {
                return;
            }
            VBox why = new VBox(4, new Paragraph(m.get("ui.evidence.openSensitive.warning", e.exhibitNumber())),
                    new Paragraph(m.get("ui.evidence.openSensitive.recorded")));
            why.getStyleClass().add("guard-warning");
            why.setId("openSensitiveExplanation");
            TextArea purpose = area("openPurpose", vm.purposeProperty());
            VBox box = form(why, label(m, "ui.evidence.openSensitive.purpose", purpose), purpose,
                    problem(m, vm.purposeProblemProperty()));
            answer(FormDialog.ask(anchor, m, "openSensitiveDialog", "ui.evidence.openSensitive.title",
                    "ui.evidence.openSensitive.action", box, vm.canOpenProperty()), vm::confirm, vm::cancel);
        });
        ExhibitViewer.attach(vm, anchor, m);
    }

    static void attachExport(DisclosureViewModel vm, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            TextField folder = field("exportFolder", vm.folderProperty());
            HBox.setHgrow(folder, Priority.ALWAYS);
            Button choose = new Button(m.get("ui.evidence.export.chooseFolder"));
            choose.setId("exportChooseFolder");
            choose.setOnAction(ev -> {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(m.get("ui.evidence.export.chooseFolder.title"));
                File dir = chooser.showDialog(choose.getScene().getWindow());
                vm.chosen(dir == null ? null : dir.toPath());
            });
            TextArea purpose = area("exportPurpose", vm.purposeProperty());
            VBox box = form(new Paragraph(m.get("ui.evidence.export.explain")),
                    label(m, "ui.evidence.export.folder", folder), new HBox(8, folder, choose),
                    problem(m, vm.folderProblemProperty()), label(m, "ui.evidence.export.purpose", purpose), purpose,
                    problem(m, vm.purposeProblemProperty()), error(m, "exportError", vm.errorProperty()));
            answer(FormDialog.ask(anchor, m, "exportDialog", "ui.evidence.export.title", "ui.evidence.export.action",
                    box, vm.canExportProperty()), vm::export, vm::cancel);
        });
        whenSet(vm.resultProperty(), r -> {
            VBox box = form(new Paragraph(m.get("ui.evidence.export.done", r.folder().toString(), r.exhibits(),
                    r.files())));
            if (r.mismatches() > 0) {
                Paragraph warn = new Paragraph(m.get("ui.evidence.export.mismatches", r.mismatches()));
                warn.getStyleClass().add("form-error");
                box.getChildren().add(warn);
            }
            FormDialog.show(anchor, m, "exportResultDialog", "ui.evidence.export.resultTitle", box);
        });
    }

    static void attachVerified(ObjectProperty<IntegrityReport> report, Node anchor, Messages m) {
        whenSet(report, r -> {
            VBox box = form();
            if (r.allIntact()) {
                Paragraph ok = new Paragraph(m.get("ui.evidence.verified.allIntact", r.results().size()));
                ok.getStyleClass().add("form-notice");
                ok.setId("verifiedAllIntact");
                box.getChildren().add(ok);
            } else {
                Paragraph bad = new Paragraph(r.failures().isEmpty()
                        ? m.get("ui.evidence.verified.notCheckedHere", r.notCheckedHere().size(), r.results().size())
                        : r.notCheckedHere().isEmpty()
                                ? m.get("ui.evidence.verified.failures", r.failures().size(), r.results().size())
                                : m.get("ui.evidence.verified.failuresAndNotCheckedHere", r.failures().size(),
                                        r.notCheckedHere().size(), r.results().size()));
                bad.getStyleClass().add("form-error");
                box.getChildren().addAll(bad, IntegrityTable.of(FXCollections.observableArrayList(
                        IntegrityTable.failures(r.results())), m, "verifiedFailures"));
                box.setPrefWidth(820);
            }
            FormDialog.show(anchor, m, "verifyResultDialog", "ui.evidence.verified.title", box);
        });
    }

    /** Shows {@code show} after the current event whenever the property gets a value, then clears it. */
    private static <T> void whenSet(ObjectProperty<T> property, java.util.function.Consumer<T> show) {
        property.addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(() -> {
                    property.set(null);
                    show.accept(now);
                });
            }
        });
    }

    private static void answer(boolean confirmed, Runnable confirm, Runnable cancel) {
        if (confirmed) {
            confirm.run();
        } else {
            cancel.run();
        }
    }

    private static TextField field(String id, StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(text);
        return f;
    }

    private static TextArea area(String id, StringProperty text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(3);
        Controls.wrapUnlessThai(area);
        area.textProperty().bindBidirectional(text);
        return area;
    }

    private static Label label(Messages m, String key, Node field) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("form-label");
        l.setLabelFor(field);
        return l;
    }

    private static Paragraph problem(Messages m, ObservableValue<UserMessage> p) {
        Paragraph problem = new Paragraph();
        problem.getStyleClass().add("field-problem");
        Controls.showMessage(problem, p, m);
        return problem;
    }

    private static Paragraph error(Messages m, String id, ObservableValue<UserMessage> p) {
        Paragraph error = new Paragraph();
        error.setId(id);
        error.getStyleClass().add("form-error");
        Controls.showMessage(error, p, m);
        return error;
    }

    private static VBox form(Node... nodes) {
        VBox box = new VBox(6, nodes);
        box.getStyleClass().add("page");
        return box;
    }
}
