package org.shield.ui.screening;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.layout.VBox;
import org.shield.domain.screening.ReasonableGrounds;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;

/**
 * The reasonable-grounds summary as plain sentences: which ILO/EC dimensions are met and by which
 * indicators (only when those indicators exist for the group), which forced-labour indicators and
 * scam-compound signs are present, and how many items are not known; always headed by the reminder that
 * it supports the MDT's decision and is not a verdict. View-side.
 */
final class GroundsSummary {
    private GroundsSummary() {
    }

    static VBox of(ReasonableGrounds g, boolean operational, Messages m) {
        VBox box = new VBox();
        box.getStyleClass().add("grounds-summary");
        box.setId("groundsSummary");
        box.getChildren().add(line(m.get("ui.screening.summary.title"), "section-title"));
        box.getChildren().add(line(m.get("ui.screening.summary.notAVerdict"), "grounds-not-verdict"));
        if (g == null) {
            return box;
        }
        if (operational) {
            for (ReasonableGrounds.DimensionResult d : g.dimensions()) {
                String name = m.get("indicator.dimension." + d.dimension().name());
                if (d.met()) {
                    String by = labels(concat(d.strong(), d.medium(), d.weak()), m);
                    box.getChildren().add(line(m.get("ui.screening.summary.dimensionMet", name, by), "dimension-met"));
                } else {
                    box.getChildren().add(line(m.get("ui.screening.summary.dimensionNotMet", name), null));
                }
            }
            box.getChildren().add(line(m.get(g.combinationMet() ? "ui.screening.summary.combinationMet"
                    : "ui.screening.summary.combinationNotMet"), g.combinationMet() ? "dimension-met" : null));
        } else {
            box.getChildren().add(line(m.get("ui.screening.summary.noOperational"), "hint"));
        }
        box.getChildren().add(line(g.forcedLabourYes().isEmpty() ? m.get("ui.screening.summary.forcedLabourNone")
                : m.get("ui.screening.summary.forcedLabour", g.forcedLabourYes().size(),
                        labels(g.forcedLabourYes(), m)), null));
        box.getChildren().add(line(g.scamSignsYes().isEmpty() ? m.get("ui.screening.summary.scamNone")
                : m.get("ui.screening.summary.scam", g.scamSignsYes().size(), labels(g.scamSignsYes(), m)), null));
        if (g.unknown() > 0) {
            box.getChildren().add(line(m.get("ui.screening.summary.unknown", g.unknown()), "hint"));
        }
        return box;
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
    }

    private static String labels(List<String> codes, Messages m) {
        return codes.stream().map(c -> m.get("indicator." + c)).collect(Collectors.joining(", "));
    }

    private static Paragraph line(String text, String style) {
        Paragraph p = new Paragraph(text);
        if (style != null) {
            p.getStyleClass().add(style);
        }
        return p;
    }
}
