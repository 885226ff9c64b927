package org.shield.ui.party;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.shield.application.party.PersonService;
import org.shield.ui.common.Controls;
import org.shield.ui.common.FormDialog;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;

/** The dialog of a {@link RevealViewModel}: why the identity is protected, and the stated purpose. */
public final class RevealDialog {
    private RevealDialog() {
    }

    /** Opens the dialog (owned by {@code anchor}'s window) each time the view model asks for a purpose. */
    public static void attach(RevealViewModel vm, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            if (!vm.askingProperty().get()) {
                return;
            }
            boolean reveal = FormDialog.ask(anchor, m, "revealDialog", "ui.person.reveal.title",
                    "ui.person.reveal.action", content(vm, m), vm.canRevealProperty());
            if (reveal) {
                vm.confirm();
            } else {
                vm.cancel();
            }
        });
    }

    private static Node content(RevealViewModel vm, Messages m) {
        RevealViewModel.Target t = vm.targetProperty().get();
        Label shield = new Label(m.get("ui.parties.protected.marker", t == null ? "" : t.pseudonym()));
        shield.getStyleClass().add("protected-marker");
        Paragraph explain = new Paragraph(m.get("ui.person.reveal.explain", PersonService.PURPOSE_MIN));
        Label purposeLabel = new Label(m.get("ui.person.reveal.purpose"));
        purposeLabel.getStyleClass().add("form-label");
        TextArea purpose = new TextArea();
        purpose.setId("revealPurpose");
        purpose.setPrefRowCount(3);
        Controls.wrapUnlessThai(purpose);
        purpose.textProperty().bindBidirectional(vm.purposeProperty());
        purposeLabel.setLabelFor(purpose);
        Paragraph problem = new Paragraph();
        problem.getStyleClass().add("field-problem");
        Controls.showMessage(problem, vm.purposeProblemProperty(), m);
        VBox box = new VBox(8, shield, explain, purposeLabel, purpose, problem);
        box.getStyleClass().add("page");
        return box;
    }
}
