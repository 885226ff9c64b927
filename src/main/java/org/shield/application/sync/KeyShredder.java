package org.shield.application.sync;

import org.shield.application.common.ApplicationException;

/**
 * Port: destroys this vault's keys (the wrapped copies of its data key), after which the encrypted database and
 * evidence can never be opened again — what a laptop reported lost does at its next contact with HQ.
 */
@FunctionalInterface
public interface KeyShredder {
    void destroyKeys() throws ApplicationException;
}
