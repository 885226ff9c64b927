package org.shield.application.evidence;

import java.time.Instant;
import java.util.UUID;
import org.shield.domain.evidence.Acquisition;
import org.shield.domain.evidence.ContentHashes;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;
import org.shield.domain.evidence.Integrity;

/**
 * An exhibit as screens, the CLI and reports show it. {@code hashes}, {@code sizeBytes} and
 * {@code originalFileName} are null for physical exhibits and documents. {@code parentNumber} is the
 * exhibit number of the parent, for display.
 */
public record ExhibitDetails(UUID id, UUID caseId, String caseNumber, String exhibitNumber, ExhibitType type,
        String description, ExhibitSource source, Acquisition acquisition, String originalFileName, Long sizeBytes,
        ContentHashes hashes, String condition, String sealNumber, String storageLocation, ExhibitFlags flags,
        UUID parentId, String parentNumber, String custodian, Integrity integrity, Instant verifiedAt,
        String createdBy, Instant createdAt, long version) {

    public boolean hasContent() {
        return hashes != null;
    }

    public String sha256() {
        return hashes == null ? null : hashes.sha256();
    }
}
