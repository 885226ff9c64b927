package org.shield.application.sync;

/** A laptop's standing at HQ. Only an {@link #Active} device may sync. */
public enum DeviceState {
    /** Enrolled and allowed to sync. */
    Active,
    /** Withdrawn by an administrator: refused at every contact. */
    Revoked,
    /** Reported lost: told at its next contact to destroy its vault keys. */
    Lost,
    /** Was lost and has reported that it destroyed its vault keys. */
    Shredded
}
