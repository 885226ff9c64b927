package org.shield.domain.care;

/**
 * The recorded facts a victim's stage is computed from, for one person in one case, as of one day.
 *
 * @param screened at least one screening recorded
 * @param identified the latest approved MDT decision says "victim of trafficking" (a "possible victim" is not yet identified)
 * @param inShelter a shelter stay with no departure
 * @param reflectionRunning the reflection period (from the first admission) has not ended by the day
 * @param carePlanOpen a care plan without an actual end date
 * @param returnPlanned a return planned and neither handed over nor cancelled
 * @param handedOver the handover at the place of return is recorded
 * @param followUpDue a follow-up after the return is due on or before the day and not recorded
 */
public record StageFacts(boolean screened, boolean identified, boolean inShelter, boolean reflectionRunning,
        boolean carePlanOpen, boolean returnPlanned, boolean handedOver, boolean followUpDue) {
}
