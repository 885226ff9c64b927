package org.shield.application.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.party.IdentityRedactor;
import org.shield.application.screening.MdtDecisionDetails;
import org.shield.application.screening.ScreeningDetails;
import org.shield.domain.casefile.Sensitivity;
import org.shield.domain.screening.ReasonableGrounds;

/**
 * What the victim care summary and the MDT assessment both print about identification: a screening's heading,
 * its reasonable-grounds summary in the same cautious words as the screening screen (support for the MDT,
 * never a verdict; the plain statement that the ILO/EC operational indicators are not loaded when they are not),
 * an MDT decision, and the marking of a report about a victim.
 */
final class ScreeningSections {
    private ScreeningSections() {
    }

    /**
     * The marking of a report about one victim: the case's sensitivity, but never below Confidential, because
     * the report gathers a victim's identification and care in one document.
     */
    static String victimClassification(CaseDetails c, ReportText text) {
        Sensitivity s = c.sensitivity() == null || c.sensitivity().compareTo(Sensitivity.Confidential) < 0
                ? Sensitivity.Confidential : c.sensitivity();
        return text.label(s).toUpperCase(text.locale());
    }

    /** "Screening of 3 May 2026 · Adult · Labour exploitation · by user". */
    static String heading(ScreeningDetails s, ReportText text) {
        return text.get("report.screening.heading", text.date(s.assessedOn()), text.label(s.population()),
                text.label(s.exploitation()), s.assessedBy());
    }

    /**
     * The reasonable-grounds summary, one sentence a line: first that it supports the MDT and is not a verdict;
     * then each ILO/EC element met (and by which indicators) or, when those indicators are not loaded for the
     * group, the plain statement that they cannot be assessed; then the forced-labour indicators and
     * scam-compound signs answered yes, and how many items are not known.
     */
    static List<String> summary(ReasonableGrounds g, boolean operational, ReportText text) {
        List<String> out = new ArrayList<>();
        out.add(text.get("report.screening.notAVerdict"));
        if (g == null) {
            return out;
        }
        if (operational) {
            for (ReasonableGrounds.DimensionResult d : g.dimensions()) {
                String name = text.get("indicator.dimension." + d.dimension().name());
                out.add(d.met()
                        ? text.get("report.screening.dimensionMet", name,
                                labels(Stream.of(d.strong(), d.medium(), d.weak()).flatMap(List::stream).toList(), text))
                        : text.get("report.screening.dimensionNotMet", name));
            }
            out.add(text.get(g.combinationMet() ? "report.screening.combinationMet"
                    : "report.screening.combinationNotMet"));
        } else {
            out.add(text.get("report.screening.noOperational"));
        }
        out.add(g.forcedLabourYes().isEmpty() ? text.get("report.screening.forcedLabourNone")
                : text.get("report.screening.forcedLabour", g.forcedLabourYes().size(), labels(g.forcedLabourYes(), text)));
        out.add(g.scamSignsYes().isEmpty() ? text.get("report.screening.scamNone")
                : text.get("report.screening.scam", g.scamSignsYes().size(), labels(g.scamSignsYes(), text)));
        if (g.unknown() > 0) {
            out.add(text.get("report.screening.unknown", g.unknown()));
        }
        return out;
    }

    /** The indicators' labels in the report's language, in the order given. */
    static String labels(List<String> codes, ReportText text) {
        return codes.stream().map(c -> text.get("indicator." + c)).collect(Collectors.joining(", "));
    }

    /**
     * One MDT decision as an entry ({@code parts/entries}): date, status and where its approval stands; then the
     * deciding organisation, members present, reasons (redacted) and who recorded it.
     */
    static void decisionRow(ReportContent.Builder b, String table, String no, MdtDecisionDetails d,
            String organisationName, ReportText text, IdentityRedactor r) {
        String heading = ReportSections.join(" · ", text.date(d.decidedOn()), text.label(d.status()),
                text.label(d.state()));
        String org = ReportSections.join(" · ", text.label(d.decidingOrgType()), r.redact(organisationName));
        String detail = ReportSections.join("\n",
                text.get("report.mdt.decidingOrg", org),
                text.get("report.mdt.members", nz(r.redact(d.membersPresent()))),
                text.get("report.mdt.reasons", nz(r.redact(d.reasons()))),
                text.get("report.mdt.recorded", d.recordedBy(), text.dateTime(d.recordedAt())));
        b.row(table, "no", no, "heading", heading, "detail", detail);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
