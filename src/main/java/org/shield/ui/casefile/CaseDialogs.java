package org.shield.ui.casefile;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.shield.domain.casefile.CaseStatus;
import org.shield.ui.common.Controls;
import org.shield.ui.common.FormDialog;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;

/**
 * The dialogs of a case's screens, each over its view model: request closure, lead and team, refer a
 * victim to a caseworker, and the non-punishment guard. Each opens when its view model asks and hands
 * the answer back to it.
 */
final class CaseDialogs {
    private CaseDialogs() {
    }

    static void attachClosure(CaseClosureViewModel vm, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            ComboBox<CaseStatus> status = new ComboBox<>();
            status.setId("closureStatus");
            Controls.codeList(status, CaseClosureViewModel.CLOSING.toArray(CaseStatus[]::new), m);
            status.valueProperty().bindBidirectional(vm.statusProperty());
            status.setMaxWidth(Double.MAX_VALUE);
            TextArea reason = area("closureReason", vm.reasonProperty());
            VBox box = form(new Paragraph(m.get("ui.case.closure.explain")), label(m, "ui.case.closure.status", status),
                    status, label(m, "ui.case.closure.reason", reason), reason,
                    problem(vm.reasonProblemProperty(), m));
            answer(FormDialog.ask(anchor, m, "closureDialog", "ui.case.closure.title", "ui.case.closure.action", box,
                    vm.canRequestProperty()), vm::request, vm::cancel);
        });
    }

    static void attachTeam(CaseTeamViewModel vm, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            ComboBox<String> lead = new ComboBox<>(vm.candidates());
            lead.setId("teamLead");
            lead.valueProperty().bindBidirectional(vm.leadProperty());
            lead.setMaxWidth(Double.MAX_VALUE);
            VBox members = new VBox(4);
            members.setId("teamMembers");
            for (String name : vm.candidates()) {
                CheckBox box = new CheckBox(name);
                box.setSelected(vm.members().contains(name));
                box.selectedProperty().addListener((o, was, now) -> vm.setMember(name, now));
                box.disableProperty().bind(vm.leadProperty().isEqualTo(name));
                members.getChildren().add(box);
            }
            VBox box = form(label(m, "ui.case.team.lead", lead), lead, label(m, "ui.case.team.members", members),
                    members, new Paragraph(m.get("ui.case.team.hint")));
            answer(FormDialog.ask(anchor, m, "teamDialog", "ui.case.team.title", "ui.case.team.action", box,
                    vm.canAssignProperty()), vm::assign, vm::cancel);
        });
    }

    static void attachReferral(PartyReferralViewModel vm, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            ComboBox<String> to = new ComboBox<>(vm.caseworkers());
            to.setId("referTo");
            to.valueProperty().bindBidirectional(vm.caseworkerProperty());
            to.setMaxWidth(Double.MAX_VALUE);
            to.setPromptText(m.get("ui.parties.refer.choose"));
            String pseudonym = vm.partyProperty().get() == null ? "" : vm.partyProperty().get().pseudonym();
            Paragraph none = new Paragraph(m.get("ui.parties.refer.noCaseworkers"));
            Controls.showWhen(none, Bindings.isEmpty(vm.caseworkers()));
            VBox box = form(new Paragraph(m.get("ui.parties.refer.explain", pseudonym)),
                    label(m, "ui.parties.refer.to", to), to, none);
            answer(FormDialog.ask(anchor, m, "referDialog", "ui.parties.refer.title", "ui.parties.refer.action", box,
                    vm.canReferProperty()), vm::refer, vm::cancel);
        });
    }

    static void attachGuard(SuspectGuardViewModel vm, Node anchor, Messages m) {
        FormDialog.whenAsked(vm.askingProperty(), () -> {
            SuspectGuardViewModel.Designation d = vm.designationProperty().get();
            if (d == null) {
                return;
            }
            Label who = new Label(m.get("ui.parties.guard.person", d.personLabel()));
            who.getStyleClass().add("section-title");
            VBox why = new VBox(4, new Paragraph(m.get("ui.parties.guard.recordedAsVictim")),
                    new Paragraph(m.get("ui.parties.guard.principle")),
                    new Paragraph(m.get("ui.parties.guard.supervisor")));
            why.getStyleClass().add("guard-warning");
            why.setId("guardExplanation");
            TextArea reason = area("guardReason", vm.reasonProperty());
            VBox box = form(who, why, label(m, "ui.parties.guard.reason", reason), reason,
                    problem(vm.reasonProblemProperty(), m));
            answer(FormDialog.ask(anchor, m, "guardDialog", "ui.parties.guard.title", "ui.parties.guard.action", box,
                    vm.canRequestProperty()), vm::request, vm::cancel);
        });
    }

    private static void answer(boolean confirmed, Runnable confirm, Runnable cancel) {
        if (confirmed) {
            confirm.run();
        } else {
            cancel.run();
        }
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(4);
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

    private static Paragraph problem(javafx.beans.value.ObservableValue<org.shield.application.common.UserMessage> p,
            Messages m) {
        Paragraph problem = new Paragraph();
        problem.getStyleClass().add("field-problem");
        Controls.showMessage(problem, p, m);
        return problem;
    }

    private static VBox form(Node... nodes) {
        VBox box = new VBox(6, nodes);
        box.getStyleClass().add("page");
        return box;
    }
}
