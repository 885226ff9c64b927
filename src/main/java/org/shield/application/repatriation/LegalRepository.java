package org.shield.application.repatriation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.domain.legal.CompensationClaim;
import org.shield.domain.legal.CourtHearing;
import org.shield.domain.legal.LegalSupport;

/** Legal support of victims: willingness and counsel, hearings, claims. Call inside a transaction. */
public interface LegalRepository {
    void add(LegalSupport support);

    /** The legal support record of a victim in a case, if any was made. */
    Optional<LegalSupport> support(UUID caseId, UUID personId);

    void add(CourtHearing hearing);

    Optional<CourtHearing> findHearing(UUID id);

    /** The hearings of a victim in a case, by date and time. */
    List<CourtHearing> hearings(UUID caseId, UUID personId);

    void add(CompensationClaim claim);

    Optional<CompensationClaim> findClaim(UUID id);

    /** The claims of a victim in a case, by filing date. */
    List<CompensationClaim> claims(UUID caseId, UUID personId);

    /** The case a legal support record, hearing or claim belongs to. */
    Optional<UUID> caseOf(UUID recordId);

    /** Ids of the legal support records, hearings and claims of a case (for its record history). */
    List<UUID> partIds(UUID caseId);
}
