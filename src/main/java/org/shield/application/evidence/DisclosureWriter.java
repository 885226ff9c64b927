package org.shield.application.evidence;

import java.nio.file.Path;
import org.shield.application.common.ApplicationException;

/**
 * Writes the machine-readable part of a disclosure folder: the hash manifest ({@code manifest.csv} and
 * {@code manifest.json}) and each exhibit's custody log ({@code custody/<exhibit>.csv} and {@code .json}).
 * The decrypted files themselves are written by {@link EvidenceService}. Blocking.
 */
public interface DisclosureWriter {
    void write(Path folder, DisclosureManifest manifest) throws ApplicationException;
}
