package org.shield.application.evidence;

import org.shield.domain.evidence.ContentHashes;

/** What {@link EvidenceStore#store} wrote: the blob, its wrapped key, the plaintext size and hashes. */
public record StoredContent(String blobId, byte[] wrappedKey, long sizeBytes, ContentHashes hashes) {
}
