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
 * This laptop and HQ (issue 7, ADR 0019): enrolment so far. Blocking (HQ is called over the network): call from
 * a worker thread.
 */
public final class SyncService {
    private static final String TYPE = "Device";
    private final TransactionRunner tx;
    private final EnrolmentStore enrolments;
    private final HqClient hq;
    private final AuditStore audit;
    private final CurrentUser user;
    private final Clock clock;

    public SyncService(TransactionRunner tx, EnrolmentStore enrolments, HqClient hq, AuditStore audit,
            CurrentUser user, Clock clock) {
        this.tx = tx;
        this.enrolments = enrolments;
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

    /** Asks HQ how it sees this device (a contact HQ records). */
    public DeviceState status() throws ApplicationException {
        DeviceEnrolment e = enrolment().orElseThrow(() -> new ValidationException(
                new UserMessage("sync.error.notEnrolled")));
        return hq.status(e.hq(), e.token());
    }

    private static URI normalise(URI u) throws ValidationException {
        if (u == null || u.getScheme() == null || u.getHost() == null
                || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
            throw new ValidationException(new UserMessage("sync.error.url"));
        }
        return URI.create(u.getScheme() + "://" + u.getRawAuthority() + "/");
    }
}
