package org.shield.ui.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shield.application.report.ProducedReport;
import org.shield.ui.common.ScreenContext;

/**
 * The pages of a previewed report as pictures (PNG), rendered on a worker one at a time as the preview asks for
 * them, the most recently asked first: a long report costs only the pages someone looks at. A page rendered for a
 * report that is no longer shown is dropped. Used on the JavaFX thread (or the test thread).
 */
final class PreviewPages {
    /** Dots per inch of the pictures: an A4 page is about 900 pixels wide. */
    static final float DPI = 110f;

    private final ObservableMap<Integer, byte[]> images = FXCollections.observableHashMap();
    private final Deque<Integer> wanted = new ArrayDeque<>();
    private final ScreenContext ctx;
    private final Consumer<Throwable> onFailure;
    private ProducedReport report;
    private boolean rendering;
    /** Counts the reports shown, so that a page rendered for an earlier one is dropped. */
    private long generation;

    PreviewPages(ScreenContext ctx, Consumer<Throwable> onFailure) {
        this.ctx = ctx;
        this.onFailure = onFailure;
    }

    /** Shows the pages of {@code r} (none for null); pictures of the report shown before are forgotten. */
    void show(ProducedReport r) {
        generation++;
        wanted.clear();
        images.clear();
        report = r;
    }

    /** Asks for page {@code index} (from 0); it arrives in {@link #images()}. */
    void want(int index) {
        if (report == null || index < 0 || index >= report.pages() || images.containsKey(index)) {
            return;
        }
        wanted.remove(index);
        wanted.addFirst(index);
        renderNext();
    }

    private void renderNext() {
        ProducedReport r = report;
        if (rendering || wanted.isEmpty() || r == null) {
            return;
        }
        int index = wanted.removeFirst();
        long of = generation;
        rendering = true;
        ctx.tasks().run("ui.task.renderPage", c -> ctx.reportPages().pagePng(r.pdf(), index, DPI), png -> {
            rendering = false;
            if (of == generation) {
                images.put(index, png);
            }
            renderNext();
        }, failure -> {
            rendering = false;
            if (of == generation) {
                wanted.clear();
                onFailure.accept(failure);
            }
        });
    }

    ObservableMap<Integer, byte[]> images() {
        return images;
    }
}
