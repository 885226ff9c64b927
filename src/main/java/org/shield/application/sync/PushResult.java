package org.shield.application.sync;

/**
 * HQ's answer to a push: the highest sequence number of this device it has durably stored (the laptop forgets
 * changes up to it and no further), how many changes of the batch were new, and how many fields went into conflict.
 */
public record PushResult(long storedUpTo, int stored, int conflicts) {
}
