package org.shield.application.sync;

import java.util.Optional;

/** Port: this vault's enrolment at HQ, in the encrypted vault. Call inside a transaction. */
public interface EnrolmentStore {
    Optional<DeviceEnrolment> current();

    /** Records the enrolment; a vault holds one. */
    void save(DeviceEnrolment enrolment);
}
