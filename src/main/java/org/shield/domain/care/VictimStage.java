package org.shield.domain.care;

/**
 * Where a victim stands in the caseworker's process, computed from what is recorded (never typed in), in the
 * order a person usually moves through it. The rule is {@link #of(StageFacts)}; ADR 0017 explains it.
 */
public enum VictimStage {
    /** Referred or recorded as a victim; no screening yet. */
    NotScreened,
    /** Screened at least once; no MDT identification, not in a shelter's reflection period. */
    Screened,
    /** In a shelter within the reflection period, not yet identified by an approved MDT decision. */
    InReflection,
    /** Identified by an approved MDT decision (a victim of trafficking), not in shelter care or a care plan. */
    Identified,
    /** In a shelter after the reflection period or identified there, or with a care plan under way. */
    InCare,
    /** A return is planned (with consent) and the handover has not happened. */
    Returning,
    /** Handed over at the place of return; no follow-up due now. */
    Returned,
    /** Handed over, and a follow-up (3, 6 or 12 months) is due or overdue. */
    FollowUp;

    /**
     * The stage for these facts. Later stages win: a person handed over is Returned or FollowUp whatever
     * else holds; a planned return is Returning; then shelter and care; then the MDT decision; then screening.
     */
    public static VictimStage of(StageFacts f) {
        if (f.handedOver()) {
            return f.followUpDue() ? FollowUp : Returned;
        }
        if (f.returnPlanned()) {
            return Returning;
        }
        if (f.inShelter() && f.reflectionRunning() && !f.identified()) {
            return InReflection;
        }
        if (f.inShelter() || f.carePlanOpen()) {
            return InCare;
        }
        if (f.identified()) {
            return Identified;
        }
        return f.screened() ? Screened : NotScreened;
    }
}
