package org.shield.application.care;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.domain.care.CareAssessment;
import org.shield.domain.care.CarePlan;
import org.shield.domain.care.CareServiceDelivery;

/** Care assessments, care plans and the services delivered under them. Call inside a transaction. */
public interface CarePlanRepository {
    void add(CareAssessment assessment);

    /** The assessments of a person in a case, newest first (by day assessed, then by when recorded). */
    List<CareAssessment> assessments(UUID caseId, UUID personId);

    void add(CarePlan plan);

    Optional<CarePlan> findPlan(UUID id);

    /** The plans of a person in a case: open ones first, each group by start date, newest first. */
    List<CarePlan> plans(UUID caseId, UUID personId);

    void add(CareServiceDelivery service);

    /** The services delivered under a plan, newest first. */
    List<CareServiceDelivery> services(UUID planId);

    /** The case an assessment, plan or service belongs to. */
    Optional<UUID> caseOf(UUID recordId);

    /** Ids of the assessments, plans and services of a case (for its record history). */
    List<UUID> partIds(UUID caseId);
}
