package org.shield.ui.common;

import javafx.beans.value.ObservableNumberValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One append-only note as a card in a list (case notes, counselling and medical notes): who and when, the
 * text, and whether it corrects an earlier note or was itself corrected (then shown as superseded).
 */
public final class NoteCard {
    private NoteCard() {
    }

    /**
     * @param meta the header line (when, by whom, and any kind)
     * @param corrects the "corrects the note of …" flag, or null
     * @param correctedBy the "corrected on …" flag, or null; the card is then marked superseded
     * @param body the note's text
     * @param listWidth the list's width, which the text wraps within
     */
    public static VBox of(String meta, String corrects, String correctedBy, String body,
            ObservableNumberValue listWidth) {
        VBox card = new VBox();
        card.getStyleClass().add("note-card");
        Label header = new Label(meta);
        header.getStyleClass().add("note-meta");
        card.getChildren().add(header);
        if (corrects != null) {
            card.getChildren().add(flag(corrects));
        }
        if (correctedBy != null) {
            card.getStyleClass().add("note-superseded");
            card.getChildren().add(flag(correctedBy));
        }
        Paragraph text = new Paragraph(body);
        text.getStyleClass().add("note-body");
        text.maxWidthProperty().bind(javafx.beans.binding.Bindings.subtract(listWidth, 48));
        card.getChildren().add(text);
        return card;
    }

    private static Paragraph flag(String text) {
        Paragraph l = new Paragraph(text);
        l.getStyleClass().add("note-flag");
        return l;
    }
}
