package org.shield.domain.audit;

/** What an audit entry records. Stored by name: never rename a constant. */
public enum AuditAction {
    SignIn,
    /** Failed unlocks since the last sign-in, recorded at the next sign-in (a failed unlock has no key to write with). */
    UnlockFailed,
    Lock,
    Create,
    Update,
    Delete,
    /** The real identity of a protected person was shown, with the stated purpose. */
    Reveal,
    Export,
    Print,
    Report,
    AccessDenied,
    ApprovalRequested,
    ApprovalGranted,
    ApprovalReturned,
    UserAdded,
    UserChanged,
    UserDisabled,
    PassphraseReset,
    PassphraseChanged,
    AuditVerified,
    /** A step of an exhibit's chain of custody (its full content, compared with the custody table). */
    Custody,
    /** A re-verification of exhibit content against its intake hash. */
    IntegrityVerified,
    InterviewSignedOff,
    InterviewCountersigned,
    InterviewReturned,
    /** This vault enrolled at HQ as a device (issue 7). */
    DeviceEnrolled,
    /** HQ reported this laptop lost; its vault keys were destroyed (issue 7). */
    DeviceKeysDestroyed,
    /**
     * An exhibit or custody step recorded on another laptop arrived through HQ, as it arrived (issue 7): what this
     * vault's integrity verification compares that record with, since its own audit entries stay in the vault
     * that wrote it.
     */
    Received;
}
