package org.shield.application.evidence;

import java.time.Instant;
import java.util.List;

/**
 * What a disclosure folder holds: for each exhibit its particulars, the file written for it (relative to
 * the folder, null for an exhibit without content), the SHA-256 of that written copy, and its custody
 * chain including the export step itself.
 */
public record DisclosureManifest(String caseNumber, Instant producedAt, String producedBy, String purpose,
        List<Item> items) {

    public record Item(ExhibitDetails exhibit, String file, String exportedSha256, List<CustodyEventDetails> custody) {
    }
}
