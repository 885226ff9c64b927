package org.shield.application.evidence;

import java.nio.file.Path;
import java.util.UUID;
import org.shield.domain.evidence.Acquisition;
import org.shield.domain.evidence.ExhibitFlags;
import org.shield.domain.evidence.ExhibitSource;
import org.shield.domain.evidence.ExhibitType;

/**
 * Takes in an exhibit. {@code file} is required for a digital exhibit and must be absent otherwise;
 * {@code exhibitNumber} may be left empty to get the case's next number ({@code EX-0001}); {@code extraHashes}
 * also computes MD5 and SHA-1 for other tools.
 */
public record AddExhibitCommand(UUID caseId, ExhibitType type, String exhibitNumber, String description,
        ExhibitSource source, Acquisition acquisition, ExhibitFlags flags, UUID parentId, String condition,
        String sealNumber, String storageLocation, Path file, boolean extraHashes) {

    /** A digital exhibit from a file with only a description (what the CLI's {@code evidence add} takes). */
    public static AddExhibitCommand digital(UUID caseId, Path file, String description, String collectedBy,
            String source) {
        return new AddExhibitCommand(caseId, ExhibitType.Digital, null, description,
                new ExhibitSource(null, null, null, null, source, null),
                new Acquisition(null, null, collectedBy, null, null, null, null, null, null, null), ExhibitFlags.NONE,
                null, null, null, null, file, false);
    }
}
