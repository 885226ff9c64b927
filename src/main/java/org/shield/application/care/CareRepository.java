package org.shield.application.care;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.domain.care.CarePolicy;
import org.shield.domain.care.ShelterStay;

/** Shelter stays and unit care policies. Call inside a transaction of {@code TransactionRunner}. */
public interface CareRepository {
    void add(ShelterStay stay);

    void add(CarePolicy policy);

    Optional<ShelterStay> findStay(UUID id);

    /** The stays of a person in a case, by admission date. */
    List<ShelterStay> stays(UUID caseId, UUID personId);

    Optional<CarePolicy> policy(String unitCode);

    /** The case a stay, consent or task belongs to. */
    Optional<UUID> caseOf(UUID recordId);

    /** Ids of the stays, consents and tasks of a case (for its record history). */
    List<UUID> partIds(UUID caseId);

    void add(org.shield.domain.care.CareConsent consent);

    Optional<org.shield.domain.care.CareConsent> findConsent(UUID id);

    void add(org.shield.domain.care.CareTask task);

    Optional<org.shield.domain.care.CareTask> findTask(UUID id);

    /** Open tasks assigned to this user, by due date. */
    List<org.shield.domain.care.CareTask> openTasksOf(String assignee);

    /** Open tasks on cases of these units, by due date. */
    List<org.shield.domain.care.CareTask> openTasksInUnits(java.util.Collection<String> unitCodes);

    /** The tasks of a person in a case: open ones by due date, then done ones by due date. */
    List<org.shield.domain.care.CareTask> tasksOf(UUID caseId, UUID personId);

    /** The consents of a person in a case, oldest first. */
    List<org.shield.domain.care.CareConsent> consents(UUID caseId, UUID personId);
}
