package org.shield.application.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ProgressListener;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.evidence.HashCheck;

/**
 * Lays out a synthetic evidence register in each report language and throws it away, so that the first real
 * report of a session does not pay for loading the report engine, the fonts and the Java 2D text layout, nor for
 * the JIT compiling them: the first click of a session on a register of 1,000 exhibits took 10.3 s (English) and
 * 13.4 s (Thai) cold against 2.6 s and 6.9 s warm (docs/BENCHMARKS.md).
 *
 * <p>Its content is made up here and is obviously synthetic ("WARM-UP"); it reads nothing from the vault, writes
 * nothing anywhere, and records nothing in the audit trail: the PDF never leaves memory.
 */
final class ReportWarmUp {
    /** Large enough for the JIT to compile the text layout and PDF paths at full optimisation. */
    static final int EXHIBITS = 60;
    static final int STEPS_PER_EXHIBIT = 10;
    private static final String HASH = "0".repeat(64);

    private ReportWarmUp() {
    }

    /** Blocking: seconds of CPU. Call from a worker thread. */
    static void run(ReportRenderer renderer, ZoneId zone, CancellationToken cancel) throws ApplicationException {
        renderer.checkTemplates();
        for (Locale lang : List.of(Locale.ENGLISH, Locale.forLanguageTag("th"))) {
            if (cancel.isCancelled()) {
                return;
            }
            ReportText text = new ReportText(lang, zone);
            renderer.render(ReportKind.EvidenceRegister, front(text), content(text), text, ProgressListener.NONE,
                    cancel);
        }
    }

    static ReportContent content(ReportText text) {
        Instant at = Instant.parse("2026-01-01T03:00:00Z");
        ReportContent.Builder b = new ReportContent.Builder(new UUID(0, 0), "WARM-UP")
                .scope(text.get("report.scope.EvidenceRegister", "WARM-UP"));
        b.table("particulars");
        ReportSections.field(b, "particulars", text.get("report.field.caseNumber"), "WARM-UP");
        ReportSections.field(b, "particulars", text.get("report.field.exhibitCount"), String.valueOf(EXHIBITS));
        b.table("register");
        b.table("custody");
        b.table("verificationSummary");
        b.table("verification");
        for (int x = 1; x <= EXHIBITS; x++) {
            String no = String.format(Locale.ROOT, "WARM-UP/%03d", x);
            String heading = ReportSections.join(" · ", text.label(ExhibitType.values()[x % ExhibitType.values().length]),
                    "WARM-UP exhibit " + x);
            b.row("register", "no", no, "heading", heading, "detail",
                    ReportSections.join("\n", text.dateTime(at), text.get("report.exhibit.seal", "WARM-UP-" + x)),
                    "hash", "SHA-256 " + HASH);
            for (int s = 1; s <= STEPS_PER_EXHIBIT; s++) {
                CustodyAction action = CustodyAction.values()[s % CustodyAction.values().length];
                b.row("custody", "exhibit", no, "exhibitHeading", ReportSections.join(" · ", no, heading),
                        "exhibitHash", "SHA-256 " + HASH, "no", s + ".",
                        "heading", ReportSections.join(" · ", text.label(action), text.dateTime(at.plusSeconds(s)),
                                text.get("report.custody.fromTo", "warm.up.a", "warm.up.b")),
                        "detail", ReportSections.join("\n",
                                ReportSections.join(" · ", text.get("report.custody.place", "WARM-UP place"),
                                        text.get("report.custody.purpose", "WARM-UP purpose")),
                                ReportSections.join(" · ", text.get("report.custody.recorded", "warm.up.a",
                                        text.dateTime(at)), text.get("report.custody.hashCheck",
                                                text.label(HashCheck.values()[s % HashCheck.values().length])))),
                        "hash", "SHA-256 " + HASH);
            }
            b.row("verification", "no", no, "heading", text.get("report.integrity.intact"), "detail", "", "hash",
                    text.get("report.integrity.expected", HASH));
        }
        return b.build();
    }

    private static FrontMatter front(ReportText text) {
        String issued = text.dateTime(Instant.parse("2026-01-01T03:00:00Z"));
        return new FrontMatter("RPT-0000-WARM-UPXX", "WARM-UP", "WARM-UP", "WARM-UP", "WARM-UP", "WARM-UP", issued,
                "warm.up", "WARM-UP", "WARM-UP", "WARM-UP", text.locale().getLanguage(), "WARM-UP");
    }
}
