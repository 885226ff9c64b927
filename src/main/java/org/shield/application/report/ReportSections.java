package org.shield.application.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shield.application.casefile.CaseDetails;
import org.shield.application.casefile.PartySummary;
import org.shield.application.evidence.ExhibitDetails;
import org.shield.application.party.IdentityRedactor;

/** Pieces the report builders share: field rows, exhibit rows, the classification marking. */
final class ReportSections {
    private ReportSections() {
    }

    /** A label and value row of a fields table ({@code parts/fields.jrxml}). */
    static void field(ReportContent.Builder b, String table, String label, String value) {
        b.row(table, "label", label, "value", value);
    }

    /** The non-empty parts joined with the separator. */
    static String join(String separator, String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining(separator));
    }

    /** The protected persons (victims and witnesses with a pseudonym) among a case's parties: id → pseudonym. */
    static Map<UUID, String> protectedPersons(List<PartySummary> parties) {
        Map<UUID, String> m = new LinkedHashMap<>();
        parties.stream().filter(PartySummary::protectedIdentity).forEach(p -> m.put(p.personId(), p.pseudonym()));
        return m;
    }

    /** The marking on every page: the case's sensitivity, in capitals where the script has them. */
    static String classification(CaseDetails c, ReportText text) {
        return text.label(c.sensitivity()).toUpperCase(text.locale());
    }

    /**
     * One exhibit as an entry ({@code parts/entries.jrxml}): number; type and description; how and when it was
     * obtained, where it is, who holds it, its integrity; and its SHA-256 in full on a line of its own.
     */
    static void exhibitRow(ReportContent.Builder b, String table, ExhibitDetails x, ReportText text,
            IdentityRedactor r) {
        exhibitRow(b, table, x, text, r, "", "");
    }

    /**
     * As {@link #exhibitRow(ReportContent.Builder, String, ExhibitDetails, ReportText, IdentityRedactor)}, with
     * more lines (already translated and redacted) after the detail and after the SHA-256: the evidence
     * register's further particulars and the MD5 and SHA-1 values.
     */
    static void exhibitRow(ReportContent.Builder b, String table, ExhibitDetails x, ReportText text,
            IdentityRedactor r, String moreDetail, String moreHashes) {
        String heading = join(" · ", text.label(x.type()), r.redact(x.description()));
        String obtained = x.acquisition() == null ? "" : join(" · ",
                text.dateTime(x.acquisition().collectedAt()), r.redact(x.acquisition().place()),
                x.acquisition().collectedBy() == null ? "" : text.get("report.exhibit.collectedBy",
                        r.redact(x.acquisition().collectedBy())));
        String detail = join("\n", obtained,
                join(" · ", x.sealNumber() == null ? "" : text.get("report.exhibit.seal", x.sealNumber()),
                        x.storageLocation() == null ? "" : text.get("report.exhibit.storage", r.redact(x.storageLocation())),
                        x.custodian() == null ? "" : text.get("report.exhibit.custodian", x.custodian())),
                text.get("report.exhibit.integrity", text.label(x.integrity()),
                        x.verifiedAt() == null ? "" : text.dateTime(x.verifiedAt())), moreDetail);
        String hash = join("\n", x.sha256() == null ? text.get("report.exhibit.noContent") : "SHA-256 " + x.sha256(),
                moreHashes);
        b.row(table, "no", x.exhibitNumber(), "heading", heading, "detail", detail, "hash", hash);
    }
}
