package org.shield.ui.evidence;

import java.io.ByteArrayInputStream;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import org.shield.ui.common.Controls;
import org.shield.ui.common.FormDialog;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;

/**
 * The desk's own viewer for an opened exhibit: an image or text from memory (never from a file), or a
 * note that this kind of file cannot be shown here and can be exported for disclosure. Closing it drops
 * the content.
 */
final class ExhibitViewer {
    private ExhibitViewer() {
    }

    static void attach(OpenExhibitViewModel vm, Node anchor, Messages m) {
        vm.previewProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(() -> {
                    FormDialog.show(anchor, m, "exhibitViewer", "ui.evidence.viewer.title", content(now, m));
                    vm.closePreview();
                });
            }
        });
    }

    private static Node content(OpenExhibitViewModel.Preview p, Messages m) {
        Paragraph heading = new Paragraph(m.get("ui.evidence.viewer.heading", p.exhibit().exhibitNumber(),
                p.exhibit().description()));
        heading.getStyleClass().add("section-title");
        Node body = switch (p.kind()) {
            case IMAGE -> image(p.image(), m);
            case TEXT -> text(p.text());
            case NOT_PREVIEWABLE -> new Paragraph(m.get("ui.evidence.viewer.notPreviewable"));
        };
        VBox box = new VBox(8, heading, body);
        box.getStyleClass().add("page");
        return box;
    }

    private static Node image(byte[] bytes, Messages m) {
        Image img = new Image(new ByteArrayInputStream(bytes));
        if (img.isError()) {
            return new Paragraph(m.get("ui.evidence.viewer.unreadableImage"));
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        ImageView view = new ImageView(img);
        view.setId("exhibitImage");
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(img.getWidth(), screen.getWidth() * 0.7));
        view.setFitHeight(Math.min(img.getHeight(), screen.getHeight() * 0.7));
        ScrollPane scroll = new ScrollPane(view);
        scroll.setPannable(true);
        return scroll;
    }

    private static Node text(String text) {
        TextArea area = new TextArea(text);
        area.setId("exhibitText");
        area.setEditable(false);
        area.setPrefRowCount(24);
        area.getStyleClass().add("exhibit-text");
        Controls.wrapUnlessThai(area);
        return area;
    }
}
