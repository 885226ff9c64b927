package org.shield.application.repatriation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.domain.repatriation.Repatriation;
import org.shield.domain.repatriation.ReturnFollowUp;

/** Returns home and their follow-ups. Call inside a transaction. */
public interface RepatriationRepository {
    void add(Repatriation repatriation);

    Optional<Repatriation> find(UUID id);

    /** The returns of a victim in a case, oldest first (a cancelled plan may be followed by a new one). */
    List<Repatriation> repatriations(UUID caseId, UUID personId);

    void add(ReturnFollowUp followUp);

    Optional<ReturnFollowUp> findFollowUp(UUID id);

    /** The follow-ups of a return, by months after the handover. */
    List<ReturnFollowUp> followUps(UUID repatriationId);

    /** The case a return or follow-up belongs to. */
    Optional<UUID> caseOf(UUID recordId);

    /** Ids of the returns and follow-ups of a case (for its record history). */
    List<UUID> partIds(UUID caseId);
}
