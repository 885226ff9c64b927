package org.shield.application.sync;

import java.net.URI;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.shield.application.audit.AuditStore;
import org.shield.application.common.ApplicationException;
import org.shield.application.common.ConflictException;
import org.shield.application.common.CurrentUser;
import org.shield.application.common.TransactionRunner;
import org.shield.application.common.UserMessage;
import org.shield.application.common.ValidationException;
import org.shield.domain.audit.AuditAction;
import org.shield.domain.audit.ChangeSet;

/**
 * This laptop and HQ (issue 7, ADR 0019): enrolment and status so far. Blocking (HQ is called over the network):
 * call from a worker thread.
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

    public SyncService(TransactionRunner tx, EnrolmentStore enrolments, Outbox outbox, KeyShredder shredder,
            HqClient hq, AuditStore audit, CurrentUser user, Clock clock) {
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
        return new SyncStatus(true, e.hq(), e.deviceId(), e.userName(), e.role(), e.unitCode(), pending, null, 0,
                state);
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
