package org.shield.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.casefile.CreateCaseCommand;
import org.shield.application.timeline.TimelineItem;
import org.shield.application.timeline.TimelineKind;
import org.shield.ui.DeskFixture;

/** Opening a timeline item shows its record: the right tab of the case, or the Approvals page. */
class CaseTimelineLinksViewModelTest {
    @TempDir
    static Path dir;
    static DeskFixture desk;
    static UUID caseId;

    @BeforeAll
    static void openVault() throws Exception {
        desk = DeskFixture.create(dir.resolve("vault"));
        caseId = desk.session.cases().create(CreateCaseCommand.titled("DEMO-TEST timeline links")).id();
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    private static TimelineItem item(TimelineKind kind) {
        UUID id = UUID.randomUUID();
        return new TimelineItem(kind, Instant.now(), false, null, null, null, id, id);
    }

    @Test
    void routeAndNoteItemsBringTheirTabsToTheFront() {
        CaseViewModel vm = new CaseViewModel(desk.context, desk.navigator);
        vm.open(caseId);

        vm.openTimelineItem(item(TimelineKind.Route));
        assertThat(vm.requestedTabProperty().get()).isEqualTo(CaseTab.ROUTE);
        vm.openTimelineItem(item(TimelineKind.Note));
        assertThat(vm.requestedTabProperty().get()).isEqualTo(CaseTab.NOTES);
    }

    @Test
    void exhibitItemsGoToTheEvidenceTabAndSelectTheExhibit() {
        CaseViewModel vm = new CaseViewModel(desk.context, desk.navigator);
        vm.open(caseId);
        List<UUID> selected = new ArrayList<>();
        vm.setExhibitOpener(selected::add);
        TimelineItem custody = item(TimelineKind.Custody);

        vm.openTimelineItem(custody);

        assertThat(vm.requestedTabProperty().get()).isEqualTo(CaseTab.EVIDENCE);
        assertThat(selected).containsExactly(custody.openId());
    }

    @Test
    void approvalItemsOpenTheApprovalsPageForASupervisor() {
        CaseViewModel vm = new CaseViewModel(desk.context, desk.navigator);
        vm.open(caseId);
        desk.navigator.calls.clear();

        vm.openTimelineItem(item(TimelineKind.Approval));

        assertThat(desk.navigator.calls).containsExactly("approvals");
    }
}
