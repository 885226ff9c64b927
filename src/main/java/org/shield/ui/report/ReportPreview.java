package org.shield.ui.report;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.shield.application.report.ProducedReport;
import org.shield.ui.common.Messages;

/**
 * The pages of a previewed report, one below the other. A virtualised list: only the pages in view have a
 * cell, a cell asks the view model for its page's picture (rendered on a worker) and shows a blank page with
 * its number until it arrives, and only a few decoded pictures are kept, so a long register costs no more
 * memory than a short one.
 */
final class ReportPreview extends ListView<Integer> {
    /** A4 portrait: height over width. */
    private static final double PAGE_RATIO = 297.0 / 210.0;
    private static final double GAP = 24;
    private static final int DECODED_KEPT = 8;

    private final ReportDialogViewModel vm;
    private final Messages m;
    private final Map<Integer, Image> decoded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
            return size() > DECODED_KEPT;
        }
    };

    ReportPreview(ReportDialogViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setId("reportPages");
        getStyleClass().add("report-pages");
        setFocusTraversable(true);
        setCellFactory(list -> new PageCell());
        vm.reportProperty().addListener((o, was, now) -> show(now));
        vm.pageImages().addListener((MapChangeListener<Integer, byte[]>) change -> {
            if (change.wasAdded()) {
                refresh();
            }
        });
        widthProperty().addListener((o, was, now) -> refresh());
        show(vm.reportProperty().get());
    }

    private void show(ProducedReport r) {
        decoded.clear();
        getItems().clear();
        if (r != null) {
            for (int i = 0; i < r.pages(); i++) {
                getItems().add(i);
            }
            scrollTo(0);
        }
    }

    private double pageWidth() {
        return Math.max(200, getWidth() - GAP * 2);
    }

    private Image image(int index) {
        Image img = decoded.get(index);
        if (img == null) {
            byte[] png = vm.pageImages().get(index);
            if (png == null) {
                return null;
            }
            img = new Image(new ByteArrayInputStream(png));
            decoded.put(index, img);
        }
        return img;
    }

    /** One page: its picture scaled to the list's width, or a blank sheet with the page number meanwhile. */
    private final class PageCell extends ListCell<Integer> {
        private final ImageView view = new ImageView();
        private final Label placeholder = new Label();
        private final StackPane sheet = new StackPane();

        PageCell() {
            view.setPreserveRatio(true);
            view.setSmooth(true);
            sheet.getStyleClass().add("report-page");
            placeholder.getStyleClass().add("hint");
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            setText(null);
            if (empty || index == null) {
                setGraphic(null);
                return;
            }
            double w = pageWidth();
            Image img = image(index);
            view.setFitWidth(img == null ? w : Math.min(w, img.getWidth()));
            sheet.setPrefSize(view.getFitWidth(), view.getFitWidth() * PAGE_RATIO);
            sheet.setMaxSize(view.getFitWidth(), view.getFitWidth() * PAGE_RATIO);
            if (img != null) {
                view.setImage(img);
                sheet.getChildren().setAll(view);
                sheet.setId("reportPage" + (index + 1));
            } else {
                placeholder.setText(m.get("ui.report.preview.page", index + 1));
                sheet.getChildren().setAll(placeholder);
                sheet.setId(null);
                vm.wantPage(index);
            }
            setGraphic(sheet);
        }
    }
}
