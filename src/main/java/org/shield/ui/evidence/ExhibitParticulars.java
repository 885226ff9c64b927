package org.shield.ui.evidence;

import org.shield.ui.common.ByteSizes;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.domain.evidence.Acquisition;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.Integrity;
import org.shield.ui.common.Messages;
import org.shield.ui.common.Paragraph;

/**
 * The particulars of one exhibit as label/value rows: what it is, where it came from, how, by whom, when
 * (in the time zone it was recorded in), where and with which tool, the stored file with its hashes
 * (selectable, monospace), handling, flags and parent. Built in code; view-side only.
 */
final class ExhibitParticulars {
    private final Messages m;
    private final GridPane grid = new GridPane();
    private int row;

    private ExhibitParticulars(Messages m) {
        this.m = m;
        grid.getStyleClass().add("form-grid");
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, values);
    }

    /** The nodes that show {@code e}, or a hint to select one. */
    static List<Node> of(ExhibitDetails e, Messages m) {
        if (e == null) {
            Paragraph hint = new Paragraph(m.get("ui.evidence.selectHint"));
            hint.getStyleClass().add("hint");
            return List.of(hint);
        }
        List<Node> out = new ArrayList<>();
        Label heading = new Label(m.get("ui.evidence.detail.heading", e.exhibitNumber(), m.label(e.type())));
        heading.getStyleClass().add("section-title");
        heading.setId("exhibitHeading");
        out.add(heading);
        ExhibitFlags f = e.flags() == null ? ExhibitFlags.NONE : e.flags();
        if (f.sensitive()) {
            Label marker = new Label(m.get("ui.evidence.sensitive"));
            marker.getStyleClass().add("sensitivity-banner");
            marker.setId("sensitiveMarker");
            out.add(marker);
        }
        if (e.integrity() == Integrity.Mismatch) {
            Label marker = new Label(m.get("ui.evidence.mismatchMarker"));
            marker.getStyleClass().add("integrity-mismatch");
            marker.setId("mismatchMarker");
            out.add(marker);
        }
        ExhibitParticulars p = new ExhibitParticulars(m);
        p.fill(e, f);
        out.add(p.grid);
        return out;
    }

    private void fill(ExhibitDetails e, ExhibitFlags f) {
        text("ui.evidence.field.description", e.description());
        ExhibitSource s = e.source() == null ? ExhibitSource.NONE : e.source();
        text("ui.evidence.field.device", join(s.deviceMake(), s.deviceModel()));
        text("ui.evidence.field.serial", s.deviceSerial());
        text("ui.evidence.field.imei", s.imei());
        text("ui.evidence.field.account", s.account());
        text("ui.evidence.field.url", s.url());
        Acquisition a = e.acquisition();
        if (a != null) {
            text("ui.evidence.field.obtainedHow", a.obtainedHow());
            text("ui.evidence.field.legalAuthority", a.legalAuthority());
            text("ui.evidence.field.collectedBy", a.collectedBy() == null ? null
                    : m.get("ui.evidence.field.collectedBy.value", a.collectedBy(), dash(a.collectedByRole()),
                            dash(a.collectedByBadge())));
            text("ui.evidence.field.collectedAt", collectedAt(a));
            text("ui.evidence.field.place", a.place());
            text("ui.evidence.field.tool", join(a.tool(), a.toolVersion()));
        }
        if (e.hasContent()) {
            text("ui.evidence.field.fileName", e.originalFileName());
            text("ui.evidence.field.size", e.sizeBytes() == null ? null
                    : m.get("ui.evidence.field.size.value", ByteSizes.text(e.sizeBytes(), m), e.sizeBytes()));
            hash("ui.evidence.field.sha256", "exhibitSha256", e.hashes().sha256());
            hash("ui.evidence.field.md5", "exhibitMd5", e.hashes().md5());
            hash("ui.evidence.field.sha1", "exhibitSha1", e.hashes().sha1());
        }
        text("ui.evidence.field.integrity", e.verifiedAt() == null ? m.label(e.integrity())
                : m.get("ui.evidence.field.integrity.value", m.label(e.integrity()), m.dateTime(e.verifiedAt())));
        text("ui.evidence.field.custodian", e.custodian());
        text("ui.evidence.field.condition", e.condition());
        text("ui.evidence.field.seal", e.sealNumber());
        text("ui.evidence.field.storage", e.storageLocation());
        List<String> flags = new ArrayList<>();
        if (f.identifiesVictim()) {
            flags.add(m.get("ui.evidence.flag.identifiesVictim"));
        }
        if (f.involvesMinor()) {
            flags.add(m.get("ui.evidence.flag.involvesMinor"));
        }
        if (f.sexualContent()) {
            flags.add(m.get("ui.evidence.flag.sexualContent"));
        }
        text("ui.evidence.field.flags", flags.isEmpty() ? m.get("ui.evidence.flag.none") : String.join(", ", flags));
        text("ui.evidence.field.parent", e.parentNumber());
        text("ui.evidence.field.recorded", m.get("ui.evidence.field.recorded.value", e.createdBy(),
                m.dateTime(e.createdAt())));
    }

    /** The collection time in the zone it was recorded in, with that zone's name. */
    private String collectedAt(Acquisition a) {
        if (a.collectedAt() == null) {
            return null;
        }
        ZoneId zone = a.timeZone() == null ? ZoneId.systemDefault() : ZoneId.of(a.timeZone());
        String local = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", m.locale()).withChronology(m.chronology())
                .format(a.collectedAt().atZone(zone));
        return m.get("ui.evidence.field.collectedAt.value", local, zone.getId());
    }

    private void text(String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph v = new Paragraph(value);
        add(key, v);
    }

    private void hash(String key, String id, String value) {
        if (value == null) {
            return;
        }
        TextField v = new TextField(value);
        v.setEditable(false);
        v.setId(id);
        v.getStyleClass().add("hash-text");
        add(key, v);
    }

    private void add(String key, Node value) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("form-label");
        l.setLabelFor(value);
        grid.addRow(row++, l, value);
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }
}
