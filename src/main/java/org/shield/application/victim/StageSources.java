package org.shield.application.victim;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The facts about a victim that slices built on top of care own (care plans, return and follow-ups), asked
 * by {@link VictimService} so the victim lists need not know their tables. Call inside a transaction.
 */
public interface StageSources {
    /** What those slices know of one victim in one case on {@code today}. */
    Later of(UUID caseId, UUID personId, LocalDate today);

    /**
     * @param carePlanOpen a care plan without an actual end date
     * @param returnPlanned a return planned and neither handed over nor cancelled
     * @param handedOver the handover at the place of return is recorded
     * @param followUpDue a follow-up after the return is due on or before today and not recorded
     * @param reTrafficked a follow-up found the person trafficked again
     */
    record Later(boolean carePlanOpen, boolean returnPlanned, boolean handedOver, boolean followUpDue,
            boolean reTrafficked) {
    }
}
