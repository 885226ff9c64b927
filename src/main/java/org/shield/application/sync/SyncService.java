package org.shield.application.sync;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.List;
import org.shield.application.audit.AuditStore;
import org.shield.application.evidence.ReceivedEvidence;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.SyncException;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;

/**
 * This laptop and HQ (issue 7, ADR 0019): enrolment, status and push so far. Blocking (HQ is called over the
 * network): call from a worker thread.
 */
public final class SyncService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SyncService.class);
    private static final String TYPE = "Device";
    private final TransactionRunner tx;
    private final EnrolmentStore enrolments;
    private final Outbox outbox;
    private final Replica replica;
    private final KeyShredder shredder;
    private final HqClient hq;
    private final AuditStore audit;
    private final CurrentUser user;
    private final Clock clock;
    private final BatchSigner signer;
    private final Backoff backoff;
    private final Backoff.Sleeper sleeper;
    private final ExhibitTransfer exhibits;
    private final ReceivedEvidence received;

    public SyncService(TransactionRunner tx, EnrolmentStore enrolments, Outbox outbox, Replica replica,
            KeyShredder shredder,
            HqClient hq, AuditStore audit, CurrentUser user, Clock clock, BatchSigner signer, Backoff backoff,
            Backoff.Sleeper sleeper, ExhibitTransfer exhibits, ReceivedEvidence received) {
        this.exhibits = exhibits;
        this.received = received;
        this.signer = signer;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.tx = tx;
        this.replica = replica;
        this.enrolments = enrolments;
        this.outbox = outbox;
        this.shredder = shredder;
        this.hq = hq;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Enrols this vault at HQ with a one-time code issued for the signed-in user: registers the vault's Ed25519
     * public key, with which HQ checks everything this device later sends, and keeps the device id and token in
     * the vault. Over https it pins HQ's certificate: the one HQ presents now, which must have the fingerprint
     * {@code expectedFingerprint} when one is given (as {@code hq serve} printed it). A vault enrols once.
     */
    public DeviceEnrolment enrol(URI hqUrl, String code, String expectedFingerprint) throws ApplicationException {
        URI url = normalise(hqUrl);
        if (enrolment().isPresent()) {
            throw new ConflictException(new UserMessage("sync.error.alreadyEnrolled"));
        }
        if (code == null || code.isBlank()) {
            throw new ValidationException(new UserMessage("sync.error.noCode"));
        }
        String pin = null;
        if ("https".equals(url.getScheme())) {
            pin = hq.fingerprint(url);
            if (expectedFingerprint != null && !expectedFingerprint.isBlank()
                    && !hex(pin).equals(hex(expectedFingerprint))) {
                throw new ValidationException(new UserMessage("sync.error.fingerprint"));
            }
        }
        String publicKey = Base64.getEncoder().encodeToString(audit.publicKey().getEncoded());
        Enrolment e = hq.pinned(pin).enrol(url, new EnrolmentRequest(code.strip(), publicKey, user.userName()));
        DeviceEnrolment kept = new DeviceEnrolment(url, e.deviceId(), e.token(), e.userName(), e.role(), e.unitCode(),
                clock.instant(), pin);
        tx.write(() -> {
            enrolments.save(kept);
            audit.append(user.userName(), AuditAction.DeviceEnrolled, TYPE, e.deviceId(),
                    new ChangeSet().with("role", e.role()).with("unit", e.unitCode()));
            return null;
        });
        return kept;
    }

    /** Enrols over http, or over https trusting the certificate HQ presents now. */
    public DeviceEnrolment enrol(URI hqUrl, String code) throws ApplicationException {
        return enrol(hqUrl, code, null);
    }

    private static String hex(String fingerprint) {
        return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** HQ as this enrolment reaches it: pinned to the certificate it enrolled with. */
    private HqClient hq(DeviceEnrolment e) {
        return hq.pinned(e.pin());
    }

    /** This vault's enrolment, if it has one. */
    public Optional<DeviceEnrolment> enrolment() throws ApplicationException {
        return tx.read(enrolments::current);
    }

    /**
     * Where this laptop stands: its enrolment, the changes waiting, and HQ's answer to a contact (which HQ records).
     * If HQ says this device was reported lost, the vault's keys are destroyed at once — the vault can never be
     * opened again — HQ is told, and a {@link DeviceShreddedException} ends the session.
     */
    public SyncStatus status() throws ApplicationException {
        Optional<DeviceEnrolment> enrolled = enrolment();
        long pending = tx.read(outbox::pending);
        if (enrolled.isEmpty()) {
            return new SyncStatus(false, null, null, null, null, null, pending, null, 0, "NotEnrolled");
        }
        DeviceEnrolment e = enrolled.get();
        String state;
        try {
            DeviceState s = hq(e).status(e.hq(), e.token());
            if (s == DeviceState.Lost) {
                shred(e);
            }
            state = s.name();
        } catch (org.shield.application.common.SyncException unreachable) {
            state = "Unreachable";
        } catch (org.shield.application.common.AccessDeniedException refused) {
            state = "Refused";
        }
        return new SyncStatus(true, e.hq(), e.deviceId(), e.userName(), e.role(), e.unitCode(), pending,
                tx.read(outbox::lastCompleted), (int) (long) tx.read(replica::openConflicts), state);
    }

    /**
     * Where this laptop stands without asking HQ (for the status bar, often): enrolment, changes waiting, the last
     * completed sync and open conflicts here; {@code hqState} is {@code NotEnrolled} or {@code Unknown}.
     */
    public SyncStatus localStatus() throws ApplicationException {
        Optional<DeviceEnrolment> enrolled = enrolment();
        return tx.read(() -> {
            long pending = outbox.pending();
            if (enrolled.isEmpty()) {
                return new SyncStatus(false, null, null, null, null, null, pending, null, 0, "NotEnrolled");
            }
            DeviceEnrolment e = enrolled.get();
            return new SyncStatus(true, e.hq(), e.deviceId(), e.userName(), e.role(), e.unitCode(), pending,
                    outbox.lastCompleted(), (int) replica.openConflicts(), "Unknown");
        });
    }

    /**
     * True if HQ answers now (one quick request, no retries, nothing recorded at HQ); false if it does not, or this
     * vault is not enrolled. Over https only the pinned certificate counts as an answer.
     */
    public boolean reachable() throws ApplicationException {
        Optional<DeviceEnrolment> enrolled = enrolment();
        if (enrolled.isEmpty()) {
            return false;
        }
        try {
            hq(enrolled.get()).health(enrolled.get().hq());
            return true;
        } catch (SyncException unreachable) {
            return false;
        }
    }

    /**
     * The fields of a record held here that are in an open conflict at HQ (empty if none): the record shows them until
     * the conflict is resolved. {@code table} is the synchronised table ({@code case_file}, {@code person}, …).
     */
    public java.util.List<String> conflictsOn(String table, java.util.UUID id) throws ApplicationException {
        return tx.read(() -> replica.conflictedFields(table, id));
    }

    /**
     * The fields of one victim's care records in one case that are in an open conflict at HQ (by kind of record, see
     * {@link Replica#VICTIM_CARE}, and field): for a banner on the victim's care record. Names no value.
     */
    public java.util.List<FieldInConflict> conflictsOnVictim(java.util.UUID caseId, java.util.UUID personId)
            throws ApplicationException {
        return tx.read(() -> replica.conflictedCareFields(caseId, personId));
    }

    /**
     * Records from HQ this vault keeps back until they fit (at most {@code limit}): what they are and why, for the
     * Sync page. They are kept in the vault and tried again at every sync; none is lost.
     */
    public java.util.List<Replica.Held> heldBack(int limit) throws ApplicationException {
        return tx.read(() -> replica.keptBack(limit));
    }

    /** The newest lines of this laptop's sync log, newest first. */
    public java.util.List<SyncLogEntry> log(int limit) throws ApplicationException {
        return tx.read(() -> outbox.log(limit));
    }

    /**
     * Syncs this vault with HQ now (ADR 0019): sends every waiting change in signed batches, oldest first (after each,
     * HQ answers the highest sequence number it durably stored and the laptop forgets changes up to it and no
     * further; a lost answer means the same changes go again and HQ skips what it has), then applies what HQ has
     * that this user may see, the cursor moving with each page in one transaction, and finally agrees a new epoch
     * with HQ. A network failure is retried with {@link Backoff}; after the last try what was not done stays for the
     * next sync. A laptop HQ reports lost destroys its keys here. Every sync is in the vault's sync log.
     */
    public SyncReport syncNow() throws ApplicationException {
        return syncNow(SyncProgress.Listener.NONE, new org.shield.application.common.CancellationToken());
    }

    /**
     * As {@link #syncNow()}, telling {@code listener} how far it is after every batch and page, and stopping at the
     * next batch or page when {@code cancel} is set (what was done by then is kept on both sides; the rest follows
     * at the next sync).
     */
    public SyncReport syncNow(SyncProgress.Listener listener, org.shield.application.common.CancellationToken cancel)
            throws ApplicationException {
        listener.progress(new SyncProgress(SyncProgress.Step.Connecting, 0, 0, 0, 0));
        DeviceEnrolment e = enrolment()
                .orElseThrow(() -> new ValidationException(new UserMessage("sync.error.notEnrolled")));
        boolean personsAnywhere = org.shield.domain.security.AccessPolicy.holdsEverywhere(
                java.util.Set.of(org.shield.domain.security.Role.valueOf(e.role())),
                org.shield.domain.security.Permission.PERSON_VIEW);
        SyncRun run = new SyncRun(tx, outbox, replica, hq(e), signer, clock, this::retrying, e, personsAnywhere,
                exhibits, received, this::renumbered, listener, cancel);
        try {
            DeviceState standing = retrying(() -> hq(e).status(e.hq(), e.token()));
            if (standing == DeviceState.Lost) {
                shred(e);
            }
            run.run();
        } catch (DeviceShreddedException gone) {
            throw gone; // the vault can never be opened again: nothing to log in it
        } catch (ApplicationException failed) {
            String outcome = failed instanceof org.shield.application.common.OperationCancelledException
                    ? "Cancelled" : "Failed";
            tx.write(() -> {
                outbox.log(clock.instant(), outcome, run.pushed, run.pulled, run.conflicts,
                        SyncLogEntry.detail(failed.userMessage()));
                return null;
            });
            throw failed;
        }
        Instant end = clock.instant();
        long left = tx.write(() -> {
            for (Renumbered r : run.renumbered) { // on the Sync page, which the user reads after a sync
                outbox.log(end, RENUMBERED, 0, 0, 0, SyncLogEntry.detail(r.message()));
            }
            outbox.log(end, "Done", run.pushed, run.pulled, run.conflicts, null);
            return outbox.pending();
        });
        return new SyncReport(run.pushed, run.pulled, run.conflicts, left, tx.read(replica::kept), end,
                run.casesRemoved, List.copyOf(run.renumbered));
    }

    /** The sync log's outcome for a record of this vault that took a new number (ADR 0002). */
    public static final String RENUMBERED = "Renumbered";

    /**
     * Writes into the trail, in the transaction that applied the page, each record of this vault that gave up its
     * number to a record from HQ: an update of its number, with why.
     */
    private void renumbered(List<Renumbered> yielded) {
        for (Renumbered r : yielded) {
            audit.append(user.userName(), AuditAction.Update, r.isCase() ? "CaseFile" : "Person", r.id(),
                    new ChangeSet().change(r.isCase() ? "caseNumber" : "pseudonym", r.was(), r.now())
                            .with("reason", "numberGivenTwice"));
        }
    }

    /** The open conflicts at HQ this user may resolve (needs HQ). */
    public java.util.List<ConflictView> conflicts() throws ApplicationException {
        DeviceEnrolment e = enrolment()
                .orElseThrow(() -> new ValidationException(new UserMessage("sync.error.notEnrolled")));
        return retrying(() -> hq(e).conflicts(e.hq(), e.token()));
    }

    /**
     * Ends a conflict at HQ with {@code value} (JSON text: one of the competing values, or a merged one); HQ records
     * who resolved it and keeps every competing value in history. The record here follows at the next sync.
     */
    public void resolve(java.util.UUID conflict, String value) throws ApplicationException {
        DeviceEnrolment e = enrolment()
                .orElseThrow(() -> new ValidationException(new UserMessage("sync.error.notEnrolled")));
        retrying(() -> {
            hq(e).resolve(e.hq(), e.token(), conflict, value);
            return null;
        });
    }

    /** A request to HQ, tried again after a network failure as {@link #backoff} says; HQ's refusals are final. */
    <T> T retrying(TransactionRunner.Work<T> request) throws ApplicationException {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.run();
            } catch (org.shield.application.common.SyncException unreachable) {
                if (attempt >= backoff.attempts()) {
                    throw unreachable;
                }
                LOG.info("HQ not reached (try {} of {}): {}", attempt, backoff.attempts(),
                        unreachable.userMessage().key());
                try {
                    sleeper.sleep(backoff.delay(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw unreachable;
                }
            }
        }
    }

    private void shred(DeviceEnrolment e) throws ApplicationException {
        tx.write(() -> {
            audit.append(user.userName(), AuditAction.DeviceKeysDestroyed, TYPE, e.deviceId(), null);
            return null;
        });
        shredder.destroyKeys();
        try {
            hq(e).keysDestroyed(e.hq(), e.token());
        } catch (org.shield.application.common.SyncException | org.shield.application.common.AccessDeniedException
                notTold) {
            // the keys are gone whatever HQ heard; HQ keeps the device marked lost
            LOG.warn("HQ was not told that the vault keys were destroyed: {}", notTold.userMessage().key());
        }
        throw new DeviceShreddedException(new UserMessage("sync.shredded"));
    }

    private static URI normalise(URI u) throws ValidationException {
        if (u == null || u.getScheme() == null || u.getHost() == null
                || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
            throw new ValidationException(new UserMessage("sync.error.url"));
        }
        return URI.create(u.getScheme() + "://" + u.getRawAuthority() + "/");
    }
}
