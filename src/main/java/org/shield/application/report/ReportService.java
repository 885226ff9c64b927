package org.shield.application.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.OperationCancelledException;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.application.audit.AuditStore;
import org.shield.application.party.PersonService;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.report.IssuedReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces the court-ready reports and verifies them. Each report gets a new id, printed on every page;
 * the SHA-256 of the exact PDF bytes goes into the register and the audit trail in one transaction, so
 * that {@link #verify} can later say whether a file is one the vault produced, unaltered. What a report
 * may contain is decided by the services its builder reads through: a user gets no report of what they may
 * not read. Blocking and CPU-heavy: call from a worker thread.
 */
public final class ReportService {
    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    private static final String TYPE = "Report";
    private static final char[] ID_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private final TransactionRunner tx;
    private final Map<ReportKind, ReportBuilder> builders;
    private final ReportRenderer renderer;
    private final ReportRegister register;
    private final AuditStore audit;
    private final PersonService persons;
    private final CurrentUser user;
    private final Clock clock;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();

    public ReportService(TransactionRunner tx, Map<ReportKind, ReportBuilder> builders, ReportRenderer renderer,
            ReportRegister register, AuditStore audit, PersonService persons, CurrentUser user, Clock clock,
            ZoneId zone) {
        this.tx = tx;
        this.builders = Map.copyOf(builders);
        this.renderer = renderer;
        this.register = register;
        this.audit = audit;
        this.persons = persons;
        this.user = user;
        this.clock = clock;
        this.zone = zone;
    }

    /** The kinds this vault can print (all five once every builder is wired). */
    public List<ReportKind> kinds() {
        return java.util.Arrays.stream(ReportKind.values()).filter(builders::containsKey).toList();
    }

    /**
     * Gathers, lays out and records one report. Progress first reports the builder's own long work, if it
     * has any (the evidence register's fresh integrity verification: bytes read of the stored content),
     * then counts pages laid out (total unknown). Cancelling stops before the report is recorded (checks the
     * verification has already made stay recorded, as after any cancelled verification run).
     */
    public ProducedReport produce(ReportRequest request, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException {
        ReportBuilder builder = builders.get(request.kind());
        if (builder == null) {
            throw new ValidationException(new UserMessage("report.kind.unavailable", request.kind()));
        }
        ProtectedPersons.check(request);
        long t0 = System.nanoTime();
        ReportText text = new ReportText(request.language(), zone);
        ReportContent content = builder.build(request, text, new ProtectedPersons(persons, request, text),
                progress, cancel);
        cancel.throwIfCancelled();
        String reportId = newReportId();
        Instant now = clock.instant();
        FrontMatter front = new FrontMatter(reportId, text.get("report.title." + request.kind().name()),
                text.get("report.agency"), text.get("report.unit", user.unitCode()), content.classification(),
                content.caseNumber(), text.dateTime(now), user.userName(),
                user.roles().stream().sorted().map(text::label).collect(Collectors.joining(", ")),
                request.requestedFor() == null || request.requestedFor().isBlank() ? text.get("report.requestedFor.none")
                        : request.requestedFor().strip(),
                content.scope(), text.get("report.language." + text.locale().getLanguage()),
                text.get("report.redaction." + request.redaction().name()));
        ReportRenderer.Rendered rendered = renderer.render(request.kind(), front, content, text, progress, cancel);
        cancel.throwIfCancelled();
        String sha256 = sha256(rendered.pdf());
        tx.write(() -> {
            register.add(new IssuedReport(reportId, request.kind().name(), content.caseId(), content.caseNumber(),
                    builder.subjectOf(request), text.locale().getLanguage(), request.redaction().name(),
                    rendered.pages(), sha256, user.userName(), now));
            audit.append(user.userName(), AuditAction.Report, TYPE, content.caseId(),
                    new ChangeSet().with("what", request.kind().name()).with("reportId", reportId)
                            .with("sha256", sha256).with("pages", rendered.pages())
                            .with("language", text.locale().getLanguage())
                            .with("redaction", request.redaction().name()));
            return null;
        });
        LOG.info("report {} {} produced: {} pages in {} ms", reportId, request.kind(), rendered.pages(),
                (System.nanoTime() - t0) / 1_000_000);
        String fileName = request.kind().template() + "_" + safe(content.caseNumber()) + "_" + reportId + ".pdf";
        return new ProducedReport(reportId, request.kind(), content.caseNumber(), sha256, rendered.pages(),
                rendered.pdf(), fileName);
    }

    /**
     * Produces several reports in one go (a supervisor's batch: several cases, or every report of one
     * case). Stops at the first failure, with the ones already produced kept in the register (each is a
     * whole report); progress counts reports.
     */
    public List<ProducedReport> produceAll(List<ReportRequest> requests, ProgressListener progress,
            CancellationToken cancel) throws ApplicationException {
        List<ProducedReport> out = new ArrayList<>();
        for (ReportRequest r : requests) {
            cancel.throwIfCancelled();
            out.add(produce(r, ProgressListener.NONE, cancel));
            progress.progress(out.size(), requests.size());
        }
        return out;
    }

    /**
     * A supervisor's batch as it goes: each report is handed over as soon as it is produced (so that it can be
     * saved at once), and a report that is refused or fails is named with the reason while the batch goes on.
     * Called on the worker thread.
     */
    public interface Batch {
        void produced(ReportRequest request, ProducedReport report);

        void failed(ReportRequest request, ApplicationException reason);
    }

    /**
     * Produces several reports one after another, unlike {@link #produceAll} going on past a report that
     * cannot be produced (it goes to {@link Batch#failed}). Progress counts reports done of all; cancelling
     * stops before the next report (the ones handed over stay handed over) and throws
     * {@code OperationCancelledException}.
     */
    public void produceEach(List<ReportRequest> requests, Batch batch, ProgressListener progress,
            CancellationToken cancel) throws ApplicationException {
        int done = 0;
        progress.progress(0, requests.size());
        for (ReportRequest r : requests) {
            cancel.throwIfCancelled();
            ProducedReport produced;
            try {
                produced = produce(r, ProgressListener.NONE, cancel);
            } catch (OperationCancelledException e) {
                throw e;
            } catch (ApplicationException e) {
                batch.failed(r, e);
                progress.progress(++done, requests.size());
                continue;
            }
            batch.produced(r, produced);
            progress.progress(++done, requests.size());
        }
    }

    /** Records that a produced report was sent to a printer. */
    public void recordPrinted(ProducedReport report) throws ApplicationException {
        tx.write(() -> {
            audit.append(user.userName(), AuditAction.Print, TYPE, null,
                    new ChangeSet().with("reportId", report.reportId()).with("sha256", report.sha256()));
            return null;
        });
    }

    /**
     * Whether {@code pdf} is a report this vault produced, unaltered: its SHA-256 is looked up in the
     * register; failing that, the report id in its metadata tells an altered copy from a stranger.
     * Recorded in the audit trail.
     */
    public ReportVerification verify(byte[] pdf) throws ApplicationException {
        String sha256 = sha256(pdf);
        Optional<String> claimedId = renderer.reportIdOf(pdf);
        return tx.write(() -> {
            List<IssuedReport> same = register.bySha256(sha256);
            ReportVerification v;
            if (!same.isEmpty()) {
                v = of(ReportVerification.Outcome.Genuine, sha256, same.get(0));
            } else {
                Optional<IssuedReport> claimed = claimedId.flatMap(register::byReportId);
                v = claimed.map(r -> of(ReportVerification.Outcome.Altered, sha256, r))
                        .orElseGet(() -> new ReportVerification(ReportVerification.Outcome.Unknown, sha256, null,
                                null, null, null, null, null, 0));
            }
            audit.append(user.userName(), AuditAction.IntegrityVerified, TYPE, null,
                    new ChangeSet().with("sha256", sha256).with("reportId", v.reportId())
                            .with("state", v.outcome().name()));
            return v;
        });
    }

    /** Compiles every template, so that a broken one is found before anyone needs it. */
    public void checkTemplates() throws ApplicationException {
        renderer.checkTemplates();
    }

    /**
     * Compiles every template and lays out a synthetic evidence register in English and Thai, discarded, so that
     * the first real report of the session is as quick as the ones after it ({@link ReportWarmUp}). Reads and
     * records nothing. Blocking, a few seconds of CPU; call from a worker thread, after unlock.
     */
    public void warmUp(CancellationToken cancel) throws ApplicationException {
        if (WARMED.get()) {
            return; // once per process: after a lock and unlock the engine is still warm
        }
        ReportWarmUp.run(renderer, zone, cancel);
        if (!cancel.isCancelled()) {
            WARMED.set(true);
        }
    }

    /** Whether this process has laid out the warm-up register already. */
    private static final java.util.concurrent.atomic.AtomicBoolean WARMED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private static ReportVerification of(ReportVerification.Outcome o, String sha256, IssuedReport r) {
        return new ReportVerification(o, sha256, r.getReportId(), r.getKind(), r.getCaseNumber(), r.getCreatedBy(),
                r.getCreatedAt(), r.getLanguage(), r.getPages());
    }

    /** {@code RPT-<year>-XXXX-XXXX}: 40 random bits in an alphabet without look-alike characters. */
    private String newReportId() {
        StringBuilder b = new StringBuilder("RPT-").append(clock.instant().atZone(zone).getYear()).append('-');
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                b.append('-');
            }
            b.append(ID_ALPHABET[random.nextInt(ID_ALPHABET.length)]);
        }
        return b.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String safe(String s) {
        return s == null ? "" : s.replaceAll("[^A-Za-z0-9-]", "_");
    }
}
