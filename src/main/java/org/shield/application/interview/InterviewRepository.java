package org.shield.application.interview;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shield.domain.interview.Interview;
import org.shield.domain.interview.InterviewAddendum;
import org.shield.domain.interview.InterviewPolicy;

/** Interviews, addenda and unit interview policies. Call inside a transaction of {@code TransactionRunner}. */
public interface InterviewRepository {
    void add(Interview interview);

    void add(InterviewAddendum addendum);

    void add(InterviewPolicy policy);

    /** A live interview. */
    Optional<Interview> find(UUID id);

    /** Live interviews of a case, by date (undated last), then creation. */
    List<Interview> ofCase(UUID caseId);

    /** Every live interview of a person in any case, by date: the interview register. */
    List<Interview> ofPerson(UUID personId);

    List<InterviewAddendum> addenda(UUID interviewId);

    Optional<InterviewPolicy> policy(String unitCode);

    /** Interviews awaiting a countersignature in cases of these units. */
    List<Interview> awaitingCountersign(Collection<String> unitCodes);

    /** The case an interview or addendum belongs to. */
    Optional<UUID> caseOf(UUID recordId);

    /** Ids of the interviews and addenda of a case (for its record history). */
    List<UUID> partIds(UUID caseId);
}
