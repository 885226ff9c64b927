package org.shield.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shield.ui.common.Navigator;

/** Remembers where screens asked to go. */
public final class RecordingNavigator implements Navigator {
    public final List<String> calls = new ArrayList<>();

    @Override
    public void openCase(UUID caseId) {
        calls.add("case:" + caseId);
    }

    @Override
    public void newCase() {
        calls.add("newCase");
    }

    @Override
    public void openPerson(UUID personId) {
        calls.add("person:" + personId);
    }

    @Override
    public void openRevealedPerson(org.shield.application.party.PersonDetails revealed, String purpose) {
        calls.add("revealed:" + revealed.id());
    }

    @Override
    public void openVictim(UUID caseId, UUID personId) {
        calls.add("victim:" + caseId + "/" + personId);
    }

    @Override
    public void newPerson() {
        calls.add("newPerson");
    }

    @Override
    public void openOrganisation(UUID organisationId) {
        calls.add("organisation:" + organisationId);
    }

    @Override
    public void newOrganisation() {
        calls.add("newOrganisation");
    }

    @Override
    public void openInterview(UUID caseId, UUID interviewId) {
        calls.add("interview:" + caseId + ":" + interviewId);
    }

    @Override
    public void showApprovals() {
        calls.add("approvals");
    }

    @Override
    public void recordsChanged() {
        calls.add("changed");
    }
}
