package org.shield.application.victim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.shield.application.repatriation.RepatriationRepository;
import org.shield.domain.repatriation.FollowUpSchedule;
import org.shield.domain.repatriation.Repatriation;
import org.shield.domain.repatriation.RepatriationStatus;

/**
 * The later facts of a victim's stage read from the vault: an open care plan, the latest return (planned, handed over) and its
 * follow-ups (one due on Bangkok's calendar, any that found re-trafficking). Call inside a transaction.
 */
public final class RecordedStageSources implements StageSources {
    private final org.shield.application.care.CarePlanRepository plans;
    private final RepatriationRepository returns;
    private final Clock clock;

    public RecordedStageSources(org.shield.application.care.CarePlanRepository plans, RepatriationRepository returns,
            Clock clock) {
        this.plans = plans;
        this.returns = returns;
        this.clock = clock;
    }

    @Override
    public Later of(UUID caseId, UUID personId, LocalDate today) {
        List<Repatriation> all = returns.repatriations(caseId, personId);
        boolean reTrafficked = all.stream().anyMatch(Repatriation::isReTrafficked);
        Repatriation latest = all.isEmpty() ? null : all.get(all.size() - 1);
        boolean planned = latest != null && latest.isOpen();
        boolean handedOver = latest != null && latest.getStatus() == RepatriationStatus.HandedOver;
        boolean due = handedOver && returns.followUps(latest.getId()).stream()
                .anyMatch(f -> FollowUpSchedule.isDue(f.getDueOn(), f.getDoneOn(), clock));
        boolean planOpen = plans.plans(caseId, personId).stream().anyMatch(org.shield.domain.care.CarePlan::isOpen);
        return new Later(planOpen, planned, handedOver, due, reTrafficked);
    }
}
