package org.shield.application.screening;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.domain.screening.Screening;

/** Screenings. Call inside a transaction of {@code TransactionRunner}. */
public interface ScreeningRepository {
    void add(Screening screening);

    Optional<Screening> find(UUID id);

    /** Every screening of a person in a case, oldest first. */
    List<Screening> of(UUID caseId, UUID personId);

    void add(org.shield.domain.screening.MdtDecision decision);

    /** The case a screening or MDT decision belongs to. */
    Optional<UUID> caseOf(UUID recordId);

    /** Ids of the screenings and MDT decisions of a case (for its record history). */
    List<UUID> partIds(UUID caseId);

    /** Every MDT decision about a person in a case, oldest first. */
    List<org.shield.domain.screening.MdtDecision> decisions(UUID caseId, UUID personId);
}
