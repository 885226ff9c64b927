package org.shield.application.evidence;

import java.util.UUID;
import org.shield.domain.evidence.Acquisition;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;

/**
 * Corrects what is known about an exhibit. The content, its hashes, size and original name, and the type
 * and number never change. {@code version} is the one that was loaded.
 */
public record UpdateExhibitCommand(UUID id, long version, String description, ExhibitSource source,
        Acquisition acquisition, ExhibitFlags flags, UUID parentId, String condition, String sealNumber,
        String storageLocation) {
}
