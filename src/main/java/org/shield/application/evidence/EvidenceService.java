package org.shield.application.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shield.application.access.AccessControl;
import org.shield.application.access.UserRepository;
import org.shield.application.audit.AuditStore;
import org.shield.application.casefile.CaseNumbers;
import org.shield.application.casefile.CaseRepository;
import org.shield.application.casefile.CaseService;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.CancellationToken;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.NotFoundException;
import org.shield.application.common.ProgressListener;
import org.shield.application.common.StorageException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.AuditEntry;
import org.shield.domain.audit.ChangeSet;
import org.shield.domain.casefile.CaseFile;
import org.shield.domain.evidence.ContentHashes;
import org.shield.domain.evidence.CustodyAction;
import org.shield.domain.evidence.CustodyEvent;
import org.shield.domain.evidence.Exhibit;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.evidence.HashCheck;
import org.shield.domain.security.AccessPolicy;
import org.shield.domain.security.CaseRelation;
import org.shield.domain.security.Permission;
import org.shield.domain.security.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use cases on exhibits: intake (digital content streamed into the encrypted store), particulars, the
 * chain of custody, viewing, re-verification and export for disclosure. Every custody step is written
 * to the custody table and, with the same content, to the tamper-evident audit trail in one transaction;
 * viewing and exporting record their own steps. Long work (intake, verification, export) runs outside any
 * database transaction and takes progress and cancellation. Blocking; call from a worker thread.
 */
public final class EvidenceService {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceService.class);
    static final String TYPE = "Exhibit";
    /** A stated purpose must say something: the same rule as revealing an identity. */
    public static final int PURPOSE_MIN = 10;
    /**
     * A verification run records its results in batches of this many exhibits (or of what was checked in
     * {@link #VERIFY_BATCH_NANOS}, when the content is large), one transaction each: one commit per exhibit
     * made a case of a thousand exhibits take many seconds.
     */
    private static final int VERIFY_BATCH = 100;
    private static final long VERIFY_BATCH_NANOS = 2_000_000_000L;

    private final TransactionRunner tx;
    private final ExhibitRepository exhibits;
    private final CaseService cases;
    private final CaseRepository caseStore;
    private final UserRepository users;
    private final EvidenceStore store;
    private final DisclosureWriter disclosure;
    private final AccessControl access;
    private final AuditStore audit;
    private final CurrentUser user;
    private final Clock clock;
    private final RemoteContent remote;
    private final org.shield.application.common.DeviceTag deviceTag;

    public EvidenceService(TransactionRunner tx, ExhibitRepository exhibits, CaseService cases, CaseRepository caseStore,
            UserRepository users, EvidenceStore store, DisclosureWriter disclosure, AccessControl access,
            AuditStore audit, Clock clock) {
        this(tx, exhibits, cases, caseStore, users, store, disclosure, access, audit, clock, RemoteContent.NONE, null);
    }

    /**
     * With {@code remote}: content of exhibits that arrived by sync is fetched from HQ when first read; and this
     * vault's {@code deviceTag} (as in case numbers), which numbers the exhibits it adds to a case another vault
     * opened ({@code EX-KP5S-0001}), so that laptops working on one case never give the same number.
     */
    public EvidenceService(TransactionRunner tx, ExhibitRepository exhibits, CaseService cases, CaseRepository caseStore,
            UserRepository users, EvidenceStore store, DisclosureWriter disclosure, AccessControl access,
            AuditStore audit, Clock clock, RemoteContent remote,
            org.shield.application.common.DeviceTag deviceTag) {
        this.remote = remote;
        this.deviceTag = deviceTag;
        this.tx = tx;
        this.exhibits = exhibits;
        this.cases = cases;
        this.caseStore = caseStore;
        this.users = users;
        this.store = store;
        this.disclosure = disclosure;
        this.access = access;
        this.audit = audit;
        this.user = access.user();
        this.clock = clock;
    }

    /**
     * Takes in an exhibit. A digital one is streamed from the file into the encrypted store first (hashing
     * in the same pass; the file is only read), then recorded with its "collected" custody step carrying
     * the intake hash. If recording fails the stored content is removed again, so nothing is half-kept.
     */
    public ExhibitDetails add(AddExhibitCommand cmd, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException {
        Objects.requireNonNull(cmd.type(), "type");
        tx.read(() -> {
            requireOnCase(Permission.EVIDENCE_RECORD, cases.load(cmd.caseId()));
            return null;
        });
        boolean digital = cmd.type() == ExhibitType.Digital;
        if (digital != (cmd.file() != null)) {
            throw new ValidationException(new UserMessage(digital ? "exhibit.file.required" : "exhibit.file.notAllowed"));
        }
        StoredContent content = null;
        if (digital) {
            if (!Files.isRegularFile(cmd.file()) || !Files.isReadable(cmd.file())) {
                throw new ValidationException(new UserMessage("exhibit.file.unreadable"));
            }
            content = store.store(cmd.file(), cmd.extraHashes(), progress, cancel);
        }
        StoredContent stored = content;
        try {
            cancel.throwIfCancelled(); // cancelled as the last chunk was written: keep nothing
            ExhibitDetails added = tx.write(() -> {
                CaseFile c = cases.load(cmd.caseId());
                requireOnCase(Permission.EVIDENCE_RECORD, c);
                audit.reserve(); // serialises numbering and custody chains
                String number = number(c, cmd.exhibitNumber());
                Instant now = clock.instant();
                Exhibit e = stored == null
                        ? new Exhibit(c.getId(), number, cmd.type(), cmd.description(), user.userName(), now)
                        : Exhibit.digital(c.getId(), number, cmd.description(), fileName(cmd.file()), stored.sizeBytes(),
                                stored.hashes(), stored.blobId(), stored.wrappedKey(), user.userName(), now);
                e.setSource(cmd.source());
                e.setAcquisition(cmd.acquisition());
                e.setFlags(cmd.flags());
                e.setHandling(cmd.condition(), cmd.sealNumber(), cmd.storageLocation());
                e.setParent(parentIn(c, null, cmd.parentId()));
                exhibits.add(e);
                audit.append(user.userName(), AuditAction.Create, TYPE, e.getId(), intake(e));
                Instant when = cmd.acquisition() != null && cmd.acquisition().collectedAt() != null
                        ? cmd.acquisition().collectedAt() : now;
                String place = cmd.acquisition() == null ? null : cmd.acquisition().place();
                append(e, null, CustodyAction.Collected, null, user.userName(), when, place, null, e.getStorageLocation(),
                        stored == null ? null : stored.hashes().sha256(), stored == null ? HashCheck.NotChecked
                                : HashCheck.Match);
                return details(e, c);
            });
            LOG.info("exhibit added id={} digital={}", added.id(), digital);
            return added;
        } catch (ApplicationException | RuntimeException ex) {
            if (stored != null) {
                store.discard(stored.blobId());
            }
            throw ex;
        }
    }

    /** Corrects an exhibit's particulars; a stale version is a conflict, every change is recorded. */
    public ExhibitDetails update(UpdateExhibitCommand cmd) throws ApplicationException {
        tx.write(() -> {
            Exhibit e = load(cmd.id());
            CaseFile c = cases.load(e.getCaseId());
            requireOnCase(Permission.EVIDENCE_RECORD, c);
            if (e.getVersion() != cmd.version()) {
                throw new ConflictException(new UserMessage("error.conflict"));
            }
            requireNotDestroyed(e);
            if (e.isSensitive() && (cmd.flags() == null || !cmd.flags().sensitive())) {
                // removing the flag would let anyone open it without a purpose
                if (!access.can(Permission.EVIDENCE_OPEN_SENSITIVE, cases.relation(c))) {
                    throw new ValidationException(new UserMessage("exhibit.sensitiveFlagNeedsRight"));
                }
            }
            Map<String, String> before = e.auditState();
            e.describe(cmd.description());
            e.setSource(cmd.source());
            e.setAcquisition(cmd.acquisition());
            e.setFlags(cmd.flags());
            e.setHandling(cmd.condition(), cmd.sealNumber(), cmd.storageLocation());
            e.setParent(parentIn(c, e.getId(), cmd.parentId()));
            ChangeSet diff = ChangeSet.diff(before, e.auditState());
            if (!diff.isEmpty()) {
                e.touch(user.userName(), clock.instant());
                audit.append(user.userName(), AuditAction.Update, TYPE, e.getId(), diff);
            }
            return null;
        });
        return get(cmd.id()); // re-read: the version moves on at commit
    }

    /** The exhibits of a case in number order. */
    public List<ExhibitDetails> list(UUID caseId) throws ApplicationException {
        return tx.read(() -> {
            CaseFile c = cases.load(caseId);
            requireOnCase(Permission.EVIDENCE_VIEW, c);
            Map<UUID, String> numbers = new HashMap<>();
            List<Exhibit> all = exhibits.ofCase(caseId);
            all.forEach(e -> numbers.put(e.getId(), e.getExhibitNumber()));
            return all.stream().map(e -> details(e, c, numbers.get(e.getParentId()))).toList();
        });
    }

    public ExhibitDetails get(UUID exhibitId) throws ApplicationException {
        return tx.read(() -> {
            Exhibit e = load(exhibitId);
            CaseFile c = cases.load(e.getCaseId());
            requireOnCase(Permission.EVIDENCE_VIEW, c);
            return details(e, c);
        });
    }

    /** An exhibit by case number and exhibit number (case-insensitive), as the CLI names them. */
    public ExhibitDetails get(String caseNumber, String exhibitNumber) throws ApplicationException {
        UUID caseId = cases.getByNumber(caseNumber).id();
        return tx.read(() -> {
            CaseFile c = cases.load(caseId);
            requireOnCase(Permission.EVIDENCE_VIEW, c);
            Exhibit e = exhibits.findByNumber(caseId, exhibitNumber == null ? "" : exhibitNumber.strip())
                    .orElseThrow(() -> new NotFoundException(new UserMessage("error.exhibitNotFound", exhibitNumber)));
            return details(e, c);
        });
    }

    /** The chain of custody of one exhibit, in order. */
    public List<CustodyEventDetails> custody(UUID exhibitId) throws ApplicationException {
        return tx.read(() -> {
            Exhibit e = load(exhibitId);
            requireOnCase(Permission.EVIDENCE_VIEW, cases.load(e.getCaseId()));
            return exhibits.custody(exhibitId).stream().map(ev -> event(ev, e.getExhibitNumber())).toList();
        });
    }

    /** Every custody step of a case's exhibits, oldest first (for the case timeline). */
    public List<CustodyEventDetails> custodyOfCase(UUID caseId) throws ApplicationException {
        return tx.read(() -> {
            requireOnCase(Permission.EVIDENCE_VIEW, cases.load(caseId));
            Map<UUID, String> numbers = new HashMap<>();
            exhibits.ofCase(caseId).forEach(e -> numbers.put(e.getId(), e.getExhibitNumber()));
            return exhibits.custodyOfCase(caseId).stream().map(ev -> event(ev, numbers.get(ev.getExhibitId())))
                    .toList();
        });
    }

    /** The users (other than the current custodian) who may take custody of this exhibit, by name. */
    public List<String> recipients(UUID exhibitId) throws ApplicationException {
        return tx.read(() -> {
            Exhibit e = load(exhibitId);
            CaseFile c = cases.load(e.getCaseId());
            requireOnCase(Permission.EVIDENCE_RECORD, c);
            return users.all().stream().filter(u -> !u.isDisabled() && !u.getUserName().equals(e.getCustodian()))
                    .filter(u -> AccessPolicy.allows(u.getRoles(), Permission.EVIDENCE_RECORD, relationOf(c, u)))
                    .map(UserAccount::getUserName).sorted().toList();
        });
    }

    /**
     * Records a custody step taken by a person. A transfer moves custody from the current custodian (the
     * user, or a supervisor acting for them) to another user who may hold evidence of the case; the
     * receiver then records "received". With {@code checkHash} the stored content is re-hashed at this
     * step and the result kept with the step (a mismatch also flags the exhibit).
     */
    public CustodyEventDetails recordCustody(RecordCustodyCommand cmd, ProgressListener progress,
            CancellationToken cancel) throws ApplicationException {
        if (cmd.action() == null || cmd.action().recordedBySystem()) {
            throw new ValidationException(new UserMessage("custody.actionBySystem"));
        }
        Exhibit before = tx.read(() -> {
            Exhibit e = load(cmd.exhibitId());
            requireOnCase(Permission.EVIDENCE_RECORD, cases.load(e.getCaseId()));
            return e;
        });
        HashCheck result = HashCheck.NotChecked;
        String found = null;
        if (cmd.checkHash() && before.contentElsewhere()) {
            before = ensureHere(before, progress, cancel);
        }
        if (cmd.checkHash() && before.hasContent()) {
            ContentCheck check = store.check(before.getBlobId(), before.getWrappedKey(), progress, cancel);
            found = check.sha256();
            result = outcome(check, before.getHashes().sha256());
        }
        HashCheck checked = result;
        String hash = found;
        return tx.write(() -> {
            Exhibit e = load(cmd.exhibitId());
            CaseFile c = cases.load(e.getCaseId());
            CaseRelation rel = cases.relation(c);
            access.require(Permission.EVIDENCE_RECORD, rel, TYPE, e.getId());
            audit.reserve();
            CustodyEvent last = exhibits.lastEvent(e.getId()).orElse(null);
            requireNotDestroyed(e);
            boolean custodian = user.userName().equals(e.getCustodian());
            String from = e.getCustodian();
            String to = null;
            Instant when = cmd.occurredAt() == null ? clock.instant() : cmd.occurredAt();
            if (when.isAfter(clock.instant().plusSeconds(300))) {
                throw new ValidationException(new UserMessage("custody.inFuture"));
            }
            CustodyEvent pending = pendingTransfer(e.getId());
            if (pending != null && cmd.action() != CustodyAction.Received && (cmd.action() != CustodyAction.Transferred
                    || !access.can(Permission.APPROVAL_DECIDE, rel))) {
                // until the receiver acknowledges it, nobody else handles the exhibit (a supervisor may redirect)
                throw new ValidationException(new UserMessage("custody.awaitingReceipt"));
            }
            switch (cmd.action()) {
                case Transferred -> {
                    if (!custodian) {
                        access.require(Permission.APPROVAL_DECIDE, rel, TYPE, e.getId());
                    }
                    to = requireRecipient(c, cmd.toCustodian());
                    e.handOver(to);
                }
                case Received -> {
                    CustodyEvent handOver = pendingTransfer(e.getId());
                    if (!custodian || handOver == null) {
                        throw new ValidationException(new UserMessage("custody.nothingToReceive"));
                    }
                    from = handOver.getFromCustodian();
                    to = user.userName();
                }
                default -> {
                    if (!custodian) {
                        access.require(Permission.APPROVAL_DECIDE, rel, TYPE, e.getId());
                    }
                    // "to" names users only; to whom something was returned goes in the purpose
                }
            }
            if (cmd.storageAfter() != null && !cmd.storageAfter().isBlank()) {
                e.storeAt(cmd.storageAfter());
            }
            if (checked == HashCheck.Mismatch || checked == HashCheck.Unreadable) {
                e.recordVerification(false, clock.instant());
            }
            e.touch(user.userName(), clock.instant());
            CustodyEvent ev = append(e, last, cmd.action(), from, to, when, cmd.place(), cmd.purpose(),
                    cmd.storageAfter(), hash, checked);
            return event(ev, e.getExhibitNumber());
        });
    }

    /**
     * Relabels an exhibit (ADR 0012, "Relabelling"): a custody step {@link CustodyAction#Relabelled} naming the number
     * before and after, in the same transaction as the new number, by the custodian or a supervisor of the case's unit
     * acting for them. The new number follows the rules of a number chosen by hand and must never have been used in
     * the case (not by another exhibit now, nor by one before its own relabel); a reason is required. Not after
     * "destroyed", nor while a transfer awaits receipt.
     */
    public CustodyEventDetails relabel(RelabelExhibitCommand cmd) throws ApplicationException {
        if (org.shield.domain.common.Text.trimToNull(cmd.newNumber()) == null) {
            throw new ValidationException(new UserMessage("exhibit.number.invalid"));
        }
        if (org.shield.domain.common.Text.trimToNull(cmd.reason()) == null) {
            throw new ValidationException(new UserMessage("exhibit.relabel.reasonRequired"));
        }
        return tx.write(() -> {
            Exhibit e = load(cmd.exhibitId());
            CaseFile c = cases.load(e.getCaseId());
            CaseRelation rel = cases.relation(c);
            access.require(Permission.EVIDENCE_RECORD, rel, TYPE, e.getId());
            if (!user.userName().equals(e.getCustodian())) {
                access.require(Permission.APPROVAL_DECIDE, rel, TYPE, e.getId());
            }
            audit.reserve();
            requireNotDestroyed(e);
            if (pendingTransfer(e.getId()) != null) {
                throw new ValidationException(new UserMessage("custody.awaitingReceipt"));
            }
            String before = e.getExhibitNumber();
            String after = number(c, cmd.newNumber());
            CustodyEvent last = exhibits.lastEvent(e.getId()).orElse(null);
            e.relabel(after);
            e.touch(user.userName(), clock.instant());
            CustodyEvent ev = new CustodyEvent(e, last, CustodyAction.Relabelled, e.getCustodian(), null,
                    clock.instant(), cmd.place(), cmd.reason(), null, null, HashCheck.NotChecked, before, after,
                    user.userName(), clock.instant());
            exhibits.add(ev);
            ChangeSet detail = new ChangeSet();
            ev.auditState().forEach(detail::with);
            audit.append(user.userName(), AuditAction.Custody, TYPE, e.getId(), detail);
            return event(ev, after);
        });
    }

    /**
     * Opens a digital exhibit for viewing and records the "viewed" step first. A sensitive exhibit (minor,
     * sexual content) needs its own right and a stated purpose; any exhibit may be given one.
     */
    public OpenedExhibit open(UUID exhibitId, String purpose) throws ApplicationException {
        String why = org.shield.domain.common.Text.trimToNull(purpose);
        if (tx.read(() -> load(exhibitId)).contentElsewhere()) {
            // the same checks first: nothing is fetched for who may not open it; then from HQ, outside a transaction
            ensureHere(tx.write(() -> openable(exhibitId, why)), ProgressListener.NONE, new CancellationToken());
        }
        ExhibitDetails shown = tx.write(() -> {
            Exhibit e = openable(exhibitId, why);
            CaseFile c = cases.load(e.getCaseId());
            audit.reserve();
            append(e, exhibits.lastEvent(e.getId()).orElse(null), CustodyAction.Viewed, e.getCustodian(),
                    user.userName(), clock.instant(), null, why, null, null, HashCheck.NotChecked);
            return details(e, c);
        });
        Exhibit e = tx.read(() -> load(exhibitId));
        return new OpenedExhibit(shown, store.open(e.getBlobId(), e.getWrappedKey()));
    }

    /**
     * The exhibit, if this user may open it for {@code why}. Call inside a writing transaction (refusals are
     * audited).
     */
    private Exhibit openable(UUID exhibitId, String why) throws ApplicationException {
        Exhibit e = load(exhibitId);
        CaseRelation rel = cases.relation(cases.load(e.getCaseId()));
        access.require(Permission.EVIDENCE_VIEW, rel, TYPE, e.getId());
        if (!e.hasContent() && !e.contentElsewhere()) {
            throw new ValidationException(new UserMessage("exhibit.noContent"));
        }
        requireNotDestroyed(e);
        if (e.isSensitive()) {
            access.require(Permission.EVIDENCE_OPEN_SENSITIVE, rel, TYPE, e.getId());
            requirePurpose(why);
        }
        return e;
    }

    /**
     * The exhibit with its content in this vault (ADR 0019): content that is only at HQ (the record arrived by sync)
     * is fetched, hashed as it is stored encrypted, and kept only if its SHA-256 is the record's. Offline: a
     * {@code SyncException} keyed {@code evidence.contentAtHq}. Call outside a transaction, after the caller's access
     * checks; the caller records the read as it records any other.
     */
    private Exhibit ensureHere(Exhibit e, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException {
        if (!e.contentElsewhere()) {
            return e;
        }
        String sha256 = e.getHashes().sha256();
        long size = e.getSizeBytes() == null ? 0 : e.getSizeBytes();
        StoredContent stored;
        try (java.io.InputStream in = remote.open(sha256, size)) {
            stored = store.store(in, size, progress, cancel);
        } catch (java.io.IOException closing) {
            throw new org.shield.application.common.SyncException(new UserMessage("evidence.contentAtHq"), closing);
        }
        if (!sha256.equals(stored.hashes().sha256())) {
            store.discard(stored.blobId());
            LOG.warn("exhibit {}: content from HQ does not have the recorded hash; not kept", e.getId());
            throw new org.shield.application.common.SyncException(new UserMessage("evidence.contentFromHqDiffers"));
        }
        if (!tx.write(() -> exhibits.attachContent(e.getId(), stored.blobId(), stored.wrappedKey()))) {
            store.discard(stored.blobId()); // fetched at the same time by another task: keep the first
        }
        LOG.info("exhibit {}: content fetched from HQ, bytes={}", e.getId(), stored.sizeBytes());
        return tx.read(() -> load(e.getId()));
    }

    /**
     * Re-verifies stored content against the intake SHA-256 and each custody chain against the audit
     * trail: one case ({@code caseId}) or every exhibit the user may verify (null). Mismatches are flagged
     * on the exhibit (and so appear in {@link #mismatches()}); every check is recorded.
     */
    public IntegrityReport verify(UUID caseId, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException {
        List<Exhibit> targets = tx.read(() -> {
            List<Exhibit> list = new ArrayList<>();
            if (caseId != null) {
                requireOnCase(Permission.EVIDENCE_VERIFY, cases.load(caseId));
                list.addAll(exhibits.ofCase(caseId));
            } else {
                access.requireSome(Permission.EVIDENCE_VERIFY, TYPE);
                for (UUID id : exhibits.allIds()) {
                    Exhibit e = exhibits.find(id).orElseThrow();
                    if (access.can(Permission.EVIDENCE_VERIFY, cases.relation(e.getCaseId()))) {
                        list.add(e);
                    }
                }
            }
            return list;
        });
        return verify(targets, progress, cancel);
    }

    /** Re-verifies one exhibit: its content (if any) and its record and custody chain against the trail. */
    public IntegrityReport verifyExhibit(UUID exhibitId, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException {
        Exhibit target = tx.read(() -> {
            Exhibit e = load(exhibitId);
            requireOnCase(Permission.EVIDENCE_VERIFY, cases.load(e.getCaseId()));
            return e;
        });
        return verify(List.of(target), progress, cancel);
    }

    private IntegrityReport verify(List<Exhibit> targets, ProgressListener progress, CancellationToken cancel)
            throws ApplicationException {
        long total = targets.stream().mapToLong(e -> e.getSizeBytes() == null ? 0 : e.getSizeBytes()).sum();
        long done = 0;
        List<IntegrityResult> results = new ArrayList<>();
        List<ContentChecked> pending = new ArrayList<>();
        long pendingSince = 0;
        try {
            for (Exhibit listed : targets) {
                cancel.throwIfCancelled();
                Fetched fetched = hereIfReachable(listed, cancel);
                Exhibit target = fetched.exhibit();
                long base = done;
                ContentCheck check = target == null || !target.hasContent() ? null : store.check(target.getBlobId(),
                        target.getWrappedKey(), (d, t) -> progress.progress(base + d, total), cancel);
                done = base + (listed.getSizeBytes() == null ? 0 : listed.getSizeBytes());
                HashCheck content = target == null ? fetched.otherwise()
                        : check == null ? HashCheck.NotChecked : outcome(check, target.getHashes().sha256());
                if (target == null) {
                    progress.progress(done, total);
                }
                if (pending.isEmpty()) {
                    pendingSince = System.nanoTime();
                }
                pending.add(new ContentChecked(listed.getId(), content, check == null ? null : check.sha256()));
                if (pending.size() >= VERIFY_BATCH || System.nanoTime() - pendingSince > VERIFY_BATCH_NANOS) {
                    results.addAll(recordVerification(pending));
                    pending.clear();
                }
            }
            results.addAll(recordVerification(pending));
        } catch (ApplicationException | RuntimeException e) {
            // what was checked before the cancel or failure is recorded, as each check always was
            try {
                recordVerification(pending);
            } catch (ApplicationException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        progress.progress(total, total);
        IntegrityReport report = new IntegrityReport(results);
        LOG.info("evidence verified exhibits={} failures={}", results.size(), report.failures().size());
        return report;
    }

    /**
     * The exhibit with its content here ({@link #ensureHere}), or, for content HQ cannot give now, no exhibit and
     * what the verification says instead: {@code AtHq} (not checked here) when this laptop is offline, HQ does not
     * hold the content yet or refuses it to this user; {@code Mismatch} when what HQ sent does not have the recorded
     * hash. The verification goes on with the next exhibit either way.
     */
    private Fetched hereIfReachable(Exhibit e, CancellationToken cancel) throws ApplicationException {
        try {
            return new Fetched(ensureHere(e, ProgressListener.NONE, cancel), null);
        } catch (org.shield.application.common.SyncException | org.shield.application.common.AccessDeniedException
                notFetched) {
            String key = notFetched.userMessage().key();
            if ("evidence.contentFromHqDiffers".equals(key)) {
                return new Fetched(null, HashCheck.Mismatch);
            }
            if (notFetched instanceof org.shield.application.common.SyncException
                    || "hq.error.contentNotVisible".equals(key)) {
                LOG.info("exhibit {}: content at HQ not fetched ({}), not checked here", e.getId(), key);
                return new Fetched(null, HashCheck.AtHq);
            }
            throw notFetched;
        }
    }

    private record Fetched(Exhibit exhibit, HashCheck otherwise) {
    }

    /** One exhibit's content compared with its intake hash, waiting to be recorded. */
    private record ContentChecked(UUID exhibitId, HashCheck content, String found) {
    }

    /**
     * Records a batch of content checks in one transaction, each with its record and custody chain compared
     * with the audit trail: the trail and the chains of the whole batch are read in one query each, not one
     * per exhibit, and the batch is committed (and made durable) once.
     */
    private List<IntegrityResult> recordVerification(List<ContentChecked> checked) throws ApplicationException {
        if (checked.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = checked.stream().map(ContentChecked::exhibitId).toList();
        return tx.write(() -> {
            Map<UUID, Exhibit> loaded = new HashMap<>();
            exhibits.findAll(ids).forEach(x -> loaded.put(x.getId(), x));
            Map<UUID, List<AuditEntry>> history = new HashMap<>();
            for (AuditEntry entry : audit.history(ids, Set.of(AuditAction.Create, AuditAction.Custody,
                    AuditAction.Received))) {
                history.computeIfAbsent(entry.recordId(), k -> new ArrayList<>()).add(entry);
            }
            Map<UUID, List<CustodyEvent>> chains = new HashMap<>();
            for (CustodyEvent ev : exhibits.custodyOf(ids)) {
                chains.computeIfAbsent(ev.getExhibitId(), k -> new ArrayList<>()).add(ev);
            }
            List<IntegrityResult> out = new ArrayList<>();
            for (ContentChecked done : checked) {
                Exhibit e = loaded.get(done.exhibitId());
                if (e == null) {
                    throw new NotFoundException(new UserMessage("error.exhibitNotFound", ""));
                }
                CaseFile c = cases.load0(e.getCaseId());
                HashCheck content = done.content();
                String problem = trailProblem(e, history.getOrDefault(e.getId(), List.of()),
                        chains.getOrDefault(e.getId(), List.of()));
                boolean intact = (content == HashCheck.Match || content == HashCheck.NotChecked) && problem == null;
                if (content != HashCheck.AtHq || problem != null) {
                    e.recordVerification(intact, clock.instant()); // content not checked here proves nothing yet
                }
                String expected = e.hasContent() || e.contentElsewhere() ? e.getHashes().sha256() : null;
                audit.append(user.userName(), AuditAction.IntegrityVerified, TYPE, e.getId(), new ChangeSet()
                        .with("expected", expected).with("found", done.found()).with("contentCheck", content)
                        .with("custody", problem == null ? "intact" : problem));
                out.add(new IntegrityResult(e.getId(), c == null ? null : c.getCaseNumber(), e.getExhibitNumber(),
                        expected, done.found(), content, problem == null, problem));
            }
            return out;
        });
    }

    /**
     * Exhibits flagged by a failed verification in cases of the user's unit that they may see (a supervisor:
     * all of them; an investigator: their team's). Auditors and administrators see verification results,
     * not particulars.
     */
    public List<ExhibitDetails> mismatches() throws ApplicationException {
        return tx.read(() -> {
            access.requireSome(Permission.EVIDENCE_VIEW, TYPE);
            List<ExhibitDetails> shown = new ArrayList<>();
            for (Exhibit e : exhibits.mismatches(Set.of(user.unitCode()))) {
                CaseFile c = cases.load0(e.getCaseId());
                if (c != null && access.can(Permission.EVIDENCE_VIEW, cases.relation(c))) {
                    shown.add(details(e, c));
                }
            }
            return shown;
        });
    }

    /**
     * Exports a case's exhibits for disclosure into {@code folder} (new, or empty): the decrypted files
     * under {@code exhibits/} named by exhibit number, a hash manifest (CSV and JSON), {@code SHA256SUMS} and
     * each exhibit's custody log. The export is recorded before anything is written; each exported copy is
     * hashed as it is written and recorded as an "exported" custody step with the result. A failure or
     * cancel removes what was written.
     */
    public DisclosureResult exportDisclosure(UUID caseId, Path folder, String purpose, ProgressListener progress,
            CancellationToken cancel) throws ApplicationException {
        String why = org.shield.domain.common.Text.trimToNull(purpose);
        requirePurpose(why);
        List<Exhibit> all = tx.write(() -> {
            CaseFile c = cases.load(caseId);
            CaseRelation rel = cases.relation(c);
            access.require(Permission.EVIDENCE_EXPORT, rel, TYPE, null);
            List<Exhibit> list = exhibits.ofCase(caseId);
            if (list.stream().anyMatch(Exhibit::isSensitive)) {
                access.require(Permission.EVIDENCE_OPEN_SENSITIVE, rel, TYPE, null);
            }
            audit.append(user.userName(), AuditAction.Export, "CaseFile", caseId, new ChangeSet()
                    .with("format", "disclosure").with("exhibits", list.size()).with("purpose", why));
            return list;
        });
        boolean created = prepareFolder(folder);
        try {
            Path files = folder.resolve("exhibits");
            Files.createDirectories(files);
            long total = all.stream().mapToLong(e -> e.getSizeBytes() == null ? 0 : e.getSizeBytes()).sum();
            long done = 0;
            Map<UUID, ContentCheck> copies = new HashMap<>();
            Map<UUID, String> names = new HashMap<>();
            Set<UUID> destroyed = tx.read(() -> {
                Set<UUID> ids = new java.util.HashSet<>();
                for (Exhibit x : all) {
                    if (isDestroyed(x.getId())) {
                        ids.add(x.getId());
                    }
                }
                return ids;
            });
            for (Exhibit listed : all) {
                cancel.throwIfCancelled();
                if (destroyed.contains(listed.getId())) {
                    continue; // listed in the manifest, no copy
                }
                Exhibit e = ensureHere(listed, ProgressListener.NONE, cancel);
                if (!e.hasContent()) {
                    continue; // listed in the manifest, no copy
                }
                String name = "exhibits/" + safeName(e.getExhibitNumber()) + extension(e.getOriginalFileName());
                long base = done;
                ContentCheck copy = store.copyTo(e.getBlobId(), e.getWrappedKey(), folder.resolve(name),
                        (d, t) -> progress.progress(base + d, total), cancel);
                done += e.getSizeBytes();
                copies.put(e.getId(), copy);
                if (copy.readable()) {
                    names.put(e.getId(), name);
                }
            }
            cancel.throwIfCancelled();
            DisclosureManifest manifest = tx.write(() -> {
                CaseFile c = cases.load(caseId);
                audit.reserve();
                List<DisclosureManifest.Item> items = new ArrayList<>();
                Map<UUID, String> numbers = new HashMap<>();
                all.forEach(x -> numbers.put(x.getId(), x.getExhibitNumber()));
                for (Exhibit stale : all) {
                    Exhibit e = load(stale.getId());
                    ContentCheck copy = copies.get(e.getId());
                    if (copy != null) {
                        HashCheck r = outcome(copy, e.getHashes().sha256());
                        if (r != HashCheck.Match) {
                            e.recordVerification(false, clock.instant());
                        }
                        e.touch(user.userName(), clock.instant());
                        append(e, exhibits.lastEvent(e.getId()).orElse(null), CustodyAction.Exported, e.getCustodian(),
                                null, clock.instant(), null, why, null, copy.sha256(), r);
                    }
                    List<CustodyEventDetails> chain = exhibits.custody(e.getId()).stream()
                            .map(ev -> event(ev, e.getExhibitNumber())).toList();
                    items.add(new DisclosureManifest.Item(details(e, c, numbers.get(e.getParentId())),
                            names.get(e.getId()), copy == null ? null : copy.sha256(), chain));
                }
                DisclosureManifest m = new DisclosureManifest(c.getCaseNumber(), clock.instant(), user.userName(), why,
                        items);
                // inside the transaction: if the manifest cannot be written, no "exported" step is kept either
                disclosure.write(folder, m);
                return m;
            });
            int mismatches = (int) copies.values().stream().filter(cc -> !cc.readable()).count()
                    + (int) manifest.items().stream().filter(i -> i.exportedSha256() != null
                            && !i.exportedSha256().equals(i.exhibit().sha256())).count();
            LOG.info("disclosure exported exhibits={} files={}", all.size(), names.size());
            return new DisclosureResult(folder, all.size(), names.size(), mismatches);
        } catch (ApplicationException | RuntimeException e) {
            removeQuietly(folder, created);
            throw e;
        } catch (IOException e) {
            removeQuietly(folder, created);
            throw new StorageException(new UserMessage(diskFull(e) ? "error.diskFull" : "error.storage"), e);
        }
    }

    /** The case an exhibit or custody event belongs to. Call inside a transaction. */
    public Optional<UUID> caseOf(UUID recordId) {
        return exhibits.caseOf(recordId);
    }

    /** Ids of a case's exhibits and custody events. Call inside a transaction. */
    public List<UUID> partsOf(UUID caseId) {
        return exhibits.partIds(caseId);
    }

    /** True when the exhibit exists and belongs to the case. Call inside a transaction. */
    public boolean belongsTo(UUID exhibitId, UUID caseId) {
        return exhibits.find(exhibitId).map(e -> e.getCaseId().equals(caseId)).orElse(false);
    }

    // ---- rules ----

    private CustodyEvent append(Exhibit e, CustodyEvent previous, CustodyAction action, String from, String to,
            Instant occurredAt, String place, String purpose, String storageAfter, String hash, HashCheck result) {
        CustodyEvent ev = new CustodyEvent(e, previous, action, from, to, occurredAt, place, purpose, storageAfter, hash,
                result, user.userName(), clock.instant());
        exhibits.add(ev);
        ChangeSet detail = new ChangeSet();
        ev.auditState().forEach(detail::with);
        audit.append(user.userName(), AuditAction.Custody, TYPE, e.getId(), detail);
        return ev;
    }

    /**
     * Compares an exhibit's record with the tamper-evident audit trail: its number, size and hashes with
     * those recorded at intake, and its custody table with its custody entries (every event there once,
     * with the same content and recorder, in an unbroken numbered chain starting from the intake hash; no
     * event in the trail the table lacks). {@code history}: the exhibit's audit entries in order;
     * {@code events}: its custody chain in order. Returns the first problem as a message key, or null. Call
     * inside a transaction.
     */
    private static String trailProblem(Exhibit e, List<AuditEntry> history, List<CustodyEvent> events) {
        Map<String, String> intake = null;
        for (AuditEntry entry : history) {
            if (TYPE.equals(entry.recordType()) && (AuditAction.Create.name().equals(entry.action())
                    || received(entry, "exhibit"))) {
                intake = fields(entry);
            }
        }
        if (intake == null) {
            return "integrity.record.notInTrail";
        }
        ContentHashes h = e.getHashes();
        if (!numberAccountedFor(intake.get("exhibitNumber"), e, events)
                || !Objects.equals(intake.get("sha256"), h == null ? null : h.sha256())
                || !Objects.equals(intake.get("md5"), h == null ? null : h.md5())
                || !Objects.equals(intake.get("sha1"), h == null ? null : h.sha1())
                || !Objects.equals(intake.get("sizeBytes"), e.getSizeBytes() == null ? null : e.getSizeBytes().toString())) {
            return "integrity.record.differs";
        }
        return custodyProblem(e, history, events);
    }

    /**
     * Whether the exhibit's number is the one it came in with or, once relabelled, the one its latest relabel gave
     * (either of two relabels recorded side by side on two laptops): the steps themselves are then compared with the
     * signed trail, so a number changed in the database without a relabel step is found (ADR 0012).
     */
    private static boolean numberAccountedFor(String intakeNumber, Exhibit e, List<CustodyEvent> events) {
        int latest = 0;
        Set<String> given = new HashSet<>();
        for (CustodyEvent ev : events) {
            if (ev.getAction() == CustodyAction.Relabelled) {
                if (ev.getSequence() > latest) {
                    latest = ev.getSequence();
                    given.clear();
                }
                if (ev.getSequence() == latest) {
                    given.add(ev.getNumberAfter());
                }
            }
        }
        // an exhibit that arrived from HQ after its relabel came in with the new number
        return given.isEmpty() ? Objects.equals(intakeNumber, e.getExhibitNumber())
                : given.contains(e.getExhibitNumber());
    }

    /** An entry recording the arrival from HQ of an exhibit ({@code exhibit}) or a custody step ({@code custody}). */
    private static boolean received(AuditEntry entry, String kind) {
        return AuditAction.Received.name().equals(entry.action())
                && kind.equals(fields(entry).get(ReceivedEvidence.KIND));
    }

    /** What an exhibit's intake entry holds: its particulars, number, type, case, and size and hashes if digital. */
    static ChangeSet intake(Exhibit e) {
        ChangeSet c = ChangeSet.diff(Map.of(), e.auditState()).with("exhibitNumber", e.getExhibitNumber())
                .with("type", e.getType()).with("caseId", e.getCaseId());
        if (e.getHashes() != null) {
            c.with("sizeBytes", e.getSizeBytes()).with("sha256", e.getHashes().sha256())
                    .with("md5", e.getHashes().md5()).with("sha1", e.getHashes().sha1())
                    .with("originalFileName", e.getOriginalFileName());
        }
        return c;
    }

    private static Map<String, String> fields(AuditEntry entry) {
        Map<String, String> fields = new HashMap<>();
        for (ChangeSet.Change ch : ChangeSet.decode(entry.detail()).changes()) {
            fields.put(ch.field(), ch.newValue());
        }
        return fields;
    }

    private static String custodyProblem(Exhibit e, List<AuditEntry> history, List<CustodyEvent> events) {
        Map<String, Map<String, String>> trail = new HashMap<>();
        for (AuditEntry entry : history) {
            boolean received = received(entry, "custody");
            if (AuditAction.Custody.name().equals(entry.action()) || received) {
                Map<String, String> fields = fields(entry);
                fields.remove(ReceivedEvidence.KIND);
                // a step recorded in another vault: its recorder is in the step; this vault's user only received it
                fields.put("(actor)", received ? fields.get("recordedBy") : entry.actor());
                if (trail.put(fields.get("eventId"), fields) != null) {
                    return "integrity.custody.differs"; // the same step written twice
                }
            }
        }
        // numbered 1, 2, 3… from the intake step, each step linked to one numbered just before it; steps recorded on
        // two laptops apart may share a number, side by side after the same step (ADR 0019). Events come in number
        // order.
        Map<UUID, Integer> numbered = new HashMap<>();
        int highest = 0;
        for (CustodyEvent ev : events) {
            int seq = ev.getSequence();
            Integer before = ev.getPreviousEventId() == null ? null : numbered.get(ev.getPreviousEventId());
            boolean linked = seq == 1 ? highest == 0 && ev.getPreviousEventId() == null
                    : before != null && before == seq - 1;
            if (!linked || seq > highest + 1) {
                return "integrity.custody.chainBroken";
            }
            highest = Math.max(highest, seq);
            numbered.put(ev.getId(), seq);
            Map<String, String> recorded = trail.remove(ev.getId().toString());
            Map<String, String> expected = new HashMap<>();
            ev.auditState().forEach((k, v) -> {
                if (v != null) {
                    expected.put(k, v);
                }
            });
            expected.put("(actor)", ev.getCreatedBy());
            if (recorded == null) {
                return "integrity.custody.notInTrail";
            }
            if (!recorded.equals(expected)) {
                return "integrity.custody.differs";
            }
            if (seq == 1 && (e.hasContent() || e.contentElsewhere())
                    && !Objects.equals(ev.getHashChecked(), e.getHashes().sha256())) {
                return "integrity.record.differs"; // the intake step holds the hash taken when it came in
            }
        }
        return trail.isEmpty() ? null : "integrity.custody.missingEvent";
    }

    private boolean isDestroyed(UUID exhibitId) {
        return exhibits.custody(exhibitId).stream().anyMatch(ev -> ev.getAction() == CustodyAction.Destroyed);
    }

    private void requireNotDestroyed(Exhibit e) throws ValidationException {
        if (isDestroyed(e.getId())) {
            throw new ValidationException(new UserMessage("custody.destroyed"));
        }
    }

    /**
     * The transfer not yet acknowledged: the latest transfer or receipt, if it is a transfer (views and
     * exports in between do not count). Call inside a transaction.
     */
    private CustodyEvent pendingTransfer(UUID exhibitId) {
        List<CustodyEvent> chain = exhibits.custody(exhibitId);
        for (int i = chain.size() - 1; i >= 0; i--) {
            CustodyAction a = chain.get(i).getAction();
            if (a == CustodyAction.Transferred) {
                return chain.get(i);
            }
            if (a == CustodyAction.Received) {
                return null;
            }
        }
        return null;
    }

    private String requireRecipient(CaseFile c, String name) throws ApplicationException {
        String to = name == null ? "" : name.strip();
        UserAccount u = users.find(to).orElse(null);
        if (u == null || u.isDisabled()) {
            throw new ValidationException(new UserMessage("error.userUnknown", to));
        }
        if (!AccessPolicy.allows(u.getRoles(), Permission.EVIDENCE_RECORD, relationOf(c, u))) {
            throw new ValidationException(new UserMessage("custody.recipientNotOnCase", to));
        }
        return to;
    }

    /** How another user stands to a case (a receiver of evidence must be able to hold it). */
    private static CaseRelation relationOf(CaseFile c, UserAccount u) {
        return new CaseRelation(c.isOnTeam(u.getUserName()), Objects.equals(c.getUnitCode(), u.getUnitCode()), false);
    }

    private void requireOnCase(Permission p, CaseFile c) throws ApplicationException {
        access.require(p, cases.relation(c), "CaseFile", c.getId());
    }

    private static void requirePurpose(String why) throws ValidationException {
        if (why == null || why.length() < PURPOSE_MIN) {
            throw new ValidationException(new UserMessage("exhibit.purpose.required", PURPOSE_MIN));
        }
    }

    private Exhibit load(UUID id) throws NotFoundException {
        return exhibits.find(id).orElseThrow(() -> new NotFoundException(new UserMessage("error.exhibitNotFound", "")));
    }

    private UUID parentIn(CaseFile c, UUID child, UUID parentId) throws ValidationException {
        if (parentId == null) {
            return null;
        }
        Exhibit parent = exhibits.find(parentId).orElse(null);
        if (parent == null || !parent.getCaseId().equals(c.getId())) {
            throw new ValidationException(new UserMessage("exhibit.parentOtherCase"));
        }
        if (child != null) {
            Set<UUID> seen = new java.util.HashSet<>();
            for (Exhibit up = parent; up != null && seen.add(up.getId());
                    up = up.getParentId() == null ? null : exhibits.find(up.getParentId()).orElse(null)) {
                if (up.getId().equals(child)) {
                    throw new ValidationException(new UserMessage("exhibit.parentCycle"));
                }
            }
        }
        return parentId;
    }

    private String number(CaseFile c, String requested) throws ApplicationException {
        String wanted = org.shield.domain.common.Text.trimToNull(requested);
        if (wanted != null) {
            wanted = wanted.toUpperCase(java.util.Locale.ROOT);
            if (!wanted.matches("[A-Z0-9][A-Z0-9./-]{0,19}")) {
                throw new ValidationException(new UserMessage("exhibit.number.invalid"));
            }
            if (exhibits.findByNumber(c.getId(), wanted).isPresent()) {
                throw new ValidationException(new UserMessage("exhibit.number.taken", wanted));
            }
            if (exhibits.numberRelabelledAway(c.getId(), wanted)) { // a number is never reused (ADR 0012)
                throw new ValidationException(new UserMessage("exhibit.number.usedBefore", wanted));
            }
            return wanted;
        }
        // the vault that opened the case numbers EX-0001…; any other vault within its own tag, so two laptops
        // adding exhibits to one case while apart never give the same number (ADR 0019)
        String tag = deviceTag == null ? null : deviceTag.current();
        String prefix = tag == null || tag.equals(CaseNumbers.deviceTagOf(c.getCaseNumber())) ? "EX-"
                : "EX-" + tag + "-";
        String next;
        do {
            next = prefix + String.format(java.util.Locale.ROOT, "%04d", caseStore.nextSequence("EXHIBIT:" + c.getId()));
        } while (exhibits.findByNumber(c.getId(), next).isPresent());
        return next;
    }

    static HashCheck outcome(ContentCheck check, String expected) {
        return switch (check.outcome()) {
            case READ -> expected.equals(check.sha256()) ? HashCheck.Match : HashCheck.Mismatch;
            case MISSING, DAMAGED -> HashCheck.Unreadable;
        };
    }

    private ExhibitDetails details(Exhibit e, CaseFile c) {
        String parentNumber = e.getParentId() == null ? null
                : exhibits.find(e.getParentId()).map(Exhibit::getExhibitNumber).orElse(null);
        return details(e, c, parentNumber);
    }

    private static ExhibitDetails details(Exhibit e, CaseFile c, String parentNumber) {
        return new ExhibitDetails(e.getId(), e.getCaseId(), c == null ? null : c.getCaseNumber(), e.getExhibitNumber(),
                e.getType(), e.getDescription(), e.getSource(), e.getAcquisition(), e.getOriginalFileName(),
                e.getSizeBytes(), e.getHashes(), e.getCondition(), e.getSealNumber(), e.getStorageLocation(),
                e.getFlags(), e.getParentId(), parentNumber, e.getCustodian(), e.getIntegrity(), e.getVerifiedAt(),
                e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }

    private static CustodyEventDetails event(CustodyEvent ev, String exhibitNumber) {
        return new CustodyEventDetails(ev.getId(), ev.getExhibitId(), exhibitNumber, ev.getSequence(),
                ev.getPreviousEventId(), ev.getAction(), ev.getFromCustodian(), ev.getToCustodian(), ev.getOccurredAt(),
                ev.getPlace(), ev.getPurpose(), ev.getStorageAfter(), ev.getHashChecked(), ev.getHashResult(),
                ev.getCreatedBy(), ev.getCreatedAt(), ev.getNumberBefore(), ev.getNumberAfter());
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? null : name.toString();
    }

    /** An exhibit number as a file name: only safe characters, so no path can be formed from it. */
    static String safeName(String exhibitNumber) {
        return exhibitNumber.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The original extension (so the copy opens in the right program), never the original name. */
    static String extension(String originalName) {
        if (originalName == null) {
            return "";
        }
        int dot = originalName.lastIndexOf('.');
        String ext = dot < 0 ? "" : originalName.substring(dot + 1);
        return ext.matches("[A-Za-z0-9]{1,10}") ? "." + ext.toLowerCase(java.util.Locale.ROOT) : "";
    }

    private static boolean prepareFolder(Path folder) throws ApplicationException {
        try {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    throw new ValidationException(new UserMessage("disclosure.folderNotEmpty"));
                }
                try (var s = Files.list(folder)) {
                    if (s.findAny().isPresent()) {
                        throw new ValidationException(new UserMessage("disclosure.folderNotEmpty"));
                    }
                }
                return false;
            }
            Files.createDirectories(folder);
            ownerOnly(folder);
            return true;
        } catch (IOException e) {
            throw new StorageException(new UserMessage(diskFull(e) ? "error.diskFull" : "error.storage"), e);
        }
    }

    /** Decrypted evidence: readable by its owner only, where the file system allows it. */
    private static void ownerOnly(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void removeQuietly(Path folder, boolean created) {
        try (var walk = Files.walk(folder)) {
            List<Path> paths = walk.sorted(java.util.Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                if (created || !p.equals(folder)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not remove a failed disclosure export: {}", e.getClass().getSimpleName());
        }
    }

    private static boolean diskFull(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("No space left");
    }
}
