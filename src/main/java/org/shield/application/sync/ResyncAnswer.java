package org.shield.application.sync;

/** HQ's answer when a restored or copied vault starts over: the highest change number HQ holds from this device. */
public record ResyncAnswer(long storedUpTo) {
}
