package org.shield.application.sync;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.shield.application.audit.AuditStore;
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
    private final KeyShredder shredder;
    private final HqClient hq;
    private final AuditStore audit;
    private final CurrentUser user;
    private final Clock clock;
    private final BatchSigner signer;
    private final Backoff backoff;
    private final Backoff.Sleeper sleeper;
    /** Changes per pushed batch, and about how many characters of content at most. */
    static final int BATCH = 500;
    static final int BATCH_CHARS = 4_000_000;

    public SyncService(TransactionRunner tx, EnrolmentStore enrolments, Outbox outbox, KeyShredder shredder,
            HqClient hq, AuditStore audit, CurrentUser user, Clock clock, BatchSigner signer, Backoff backoff,
            Backoff.Sleeper sleeper) {
        this.signer = signer;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.tx = tx;
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
     * the vault. A vault enrols once.
     */
    public DeviceEnrolment enrol(URI hqUrl, String code) throws ApplicationException {
        URI url = normalise(hqUrl);
        if (enrolment().isPresent()) {
            throw new ConflictException(new UserMessage("sync.error.alreadyEnrolled"));
        }
        if (code == null || code.isBlank()) {
            throw new ValidationException(new UserMessage("sync.error.noCode"));
        }
        String publicKey = Base64.getEncoder().encodeToString(audit.publicKey().getEncoded());
        Enrolment e = hq.enrol(url, new EnrolmentRequest(code.strip(), publicKey, user.userName()));
        DeviceEnrolment kept = new DeviceEnrolment(url, e.deviceId(), e.token(), e.userName(), e.role(), e.unitCode(),
                clock.instant());
        tx.write(() -> {
            enrolments.save(kept);
            audit.append(user.userName(), AuditAction.DeviceEnrolled, TYPE, e.deviceId(),
                    new ChangeSet().with("role", e.role()).with("unit", e.unitCode()));
            return null;
        });
        return kept;
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
            DeviceState s = hq.status(e.hq(), e.token());
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
                tx.read(outbox::state).lastPush(), 0, state);
    }

    /**
     * Sends every waiting change to HQ, in signed batches, oldest first (ADR 0019). After each batch HQ answers the
     * highest sequence number it durably stored, and the laptop forgets changes up to that number and no further;
     * if the answer is lost, the next try sends the same changes again and HQ skips what it has. A network failure
     * is retried with {@link Backoff}; after the last try the changes stay for the next sync. A vault with records
     * from before the outbox first queues them all once. A laptop HQ reports lost destroys its keys here.
     */
    public SyncReport syncNow() throws ApplicationException {
        DeviceEnrolment e = enrolment()
                .orElseThrow(() -> new ValidationException(new UserMessage("sync.error.notEnrolled")));
        DeviceState standing = retrying(() -> hq.status(e.hq(), e.token()));
        if (standing == DeviceState.Lost) {
            shred(e);
        }
        tx.write(outbox::snapshotIfNeeded);
        long pushed = 0;
        int conflicts = 0;
        try {
            while (true) {
                OutboxState state = tx.read(outbox::state);
                java.util.List<Change> waiting = tx.read(() -> outbox.next(BATCH, BATCH_CHARS));
                if (waiting.isEmpty()) {
                    break;
                }
                java.util.List<Change> batch = new java.util.ArrayList<>(waiting.size());
                Hlc h = state.hlc();
                for (Change c : waiting) {
                    h = h.tick(c.deviceAt().toEpochMilli());
                    batch.add(c.withHlc(h));
                }
                PushResult r = retrying(() -> hq.push(e.hq(), e.token(), new PushBatch(e.deviceId(), clock.instant(),
                        batch), signer));
                Hlc last = state.hlc();
                for (Change c : batch) {
                    if (c.seq() <= r.storedUpTo()) {
                        last = Hlc.parse(c.hlc());
                    }
                }
                Hlc ackedClock = last;
                tx.write(() -> {
                    outbox.acknowledged(r.storedUpTo(), ackedClock, clock.instant());
                    return null;
                });
                pushed += r.stored();
                conflicts += r.conflicts();
                if (r.storedUpTo() < batch.get(batch.size() - 1).seq()) {
                    throw new SyncException(new UserMessage("sync.error.answer"));
                }
            }
        } catch (ApplicationException failed) {
            long sent = pushed;
            int opened = conflicts;
            tx.write(() -> {
                outbox.log(clock.instant(), "Failed", sent, opened, failed.userMessage().key());
                return null;
            });
            throw failed;
        }
        long sent = pushed;
        int opened = conflicts;
        Instant end = clock.instant();
        long left = tx.write(() -> {
            outbox.log(end, "Done", sent, opened, null);
            return outbox.pending();
        });
        return new SyncReport(pushed, conflicts, left, end);
    }

    /** A request to HQ, tried again after a network failure as {@link #backoff} says; HQ's refusals are final. */
    private <T> T retrying(TransactionRunner.Work<T> request) throws ApplicationException {
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
            hq.keysDestroyed(e.hq(), e.token());
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
