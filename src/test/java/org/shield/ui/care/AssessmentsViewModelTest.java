package org.shield.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.domain.care.AssessmentKind;
import org.shield.domain.care.AssessmentScope;
import org.shield.domain.care.RiskLevel;
import org.shield.ui.DeskFixture;

class AssessmentsViewModelTest {
    @TempDir
    static Path dir;
    static CareFixture care;
    static DeskFixture desk;

    @BeforeAll
    static void openVault() throws Exception {
        care = CareFixture.create(dir.resolve("vault"));
        desk = care.as(CareFixture.CASEWORKER);
    }

    @AfterAll
    static void closeVault() {
        desk.close();
    }

    @Test
    void aNewAssessmentIsAddedAndTheEarlierOneStaysAsThePreviousLevel() {
        AssessmentsViewModel vm = new AssessmentsViewModel(desk.context, care.caseId, care.victim);
        vm.load();
        assertThat(vm.canRecordProperty().get()).as("level and findings missing").isFalse();
        vm.kindProperty().set(AssessmentKind.ReTraffickingRisk);
        vm.scopeProperty().set(AssessmentScope.Household);
        vm.levelProperty().set(RiskLevel.High);
        vm.assessedOnProperty().set(LocalDate.now().minusDays(7));
        vm.findingsProperty().set("DEMO-TEST debt to the broker is unpaid");
        vm.record();
        vm.kindProperty().set(AssessmentKind.ReTraffickingRisk);
        vm.scopeProperty().set(AssessmentScope.Household);
        vm.levelProperty().set(RiskLevel.Low);
        vm.findingsProperty().set("DEMO-TEST debt settled through legal aid");
        vm.record();

        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.assessments()).extracting(a -> a.level()).containsExactly(RiskLevel.Low, RiskLevel.High);
        assertThat(vm.previous(vm.assessments().get(0))).isEqualTo(vm.assessments().get(1));
        assertThat(vm.previous(vm.assessments().get(1))).isNull();
        assertThat(vm.findingsProperty().get()).as("the form is cleared").isEmpty();
    }

    @Test
    void aFutureDateCannotBeRecorded() {
        AssessmentsViewModel vm = new AssessmentsViewModel(desk.context, care.caseId, care.victim);
        vm.levelProperty().set(RiskLevel.Medium);
        vm.findingsProperty().set("DEMO-TEST findings");
        assertThat(vm.canRecordProperty().get()).isTrue();
        vm.assessedOnProperty().set(LocalDate.now().plusDays(1));
        assertThat(vm.canRecordProperty().get()).isFalse();
    }
}
