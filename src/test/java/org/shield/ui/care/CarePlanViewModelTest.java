package org.shield.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shield.application.care.PlanDetails;
import org.shield.application.care.RevisePlanCommand;
import org.shield.domain.care.ServiceType;
import org.shield.domain.care.SupportPlanType;
import org.shield.ui.DeskFixture;

class CarePlanViewModelTest {
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

    private CarePlanViewModel startPlan(SupportPlanType type, String objectives) {
        CarePlanViewModel vm = new CarePlanViewModel(desk.context, care.caseId, care.victim);
        vm.load();
        vm.newPlan();
        vm.typeProperty().set(type);
        vm.objectivesProperty().set(objectives);
        vm.startedOnProperty().set(LocalDate.now().minusDays(3));
        vm.savePlan();
        return vm;
    }

    @Test
    void aPlanIsStartedAServiceRecordedAndThePlanClosed() {
        CarePlanViewModel vm = startPlan(SupportPlanType.Health, "DEMO-TEST recover");
        assertThat(vm.errorProperty().get()).isNull();
        PlanDetails plan = vm.selectedProperty().get();
        assertThat(plan.type()).isEqualTo(SupportPlanType.Health);
        assertThat(vm.providers()).anyMatch(o -> o.id().equals(care.clinic));

        vm.serviceTypeProperty().set(ServiceType.Medical);
        vm.providedByProperty().set("DEMO-TEST nurse");
        vm.providerProperty().set(vm.providers().stream().filter(o -> o.id().equals(care.clinic)).findFirst()
                .orElseThrow());
        vm.deliveredOnProperty().set(LocalDate.now().minusDays(4));
        assertThat(vm.canRecordServiceProperty().get()).as("before the plan started").isFalse();
        vm.deliveredOnProperty().set(LocalDate.now());
        vm.recordService();
        assertThat(vm.services()).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo(ServiceType.Medical);
            assertThat(s.providerName()).isEqualTo("DEMO-TEST Clinic");
        });

        vm.closeOnProperty().set(LocalDate.now());
        vm.closeSelected();
        assertThat(vm.selectedProperty().get().open()).isFalse();
        assertThat(vm.services()).as("still shown for the closed plan").hasSize(1);
        vm.serviceTypeProperty().set(ServiceType.Financial);
        vm.providedByProperty().set("DEMO-TEST accountant");
        assertThat(vm.canRecordServiceProperty().get()).as("a closed plan takes no services").isFalse();
    }

    @Test
    void aRevisionOfAPlanChangedElsewhereSaysSoAndShowsTheStoredVersion() throws Exception {
        CarePlanViewModel vm = startPlan(SupportPlanType.Legal, "DEMO-TEST claim compensation");
        PlanDetails loaded = vm.selectedProperty().get();
        vm.startRevision();
        vm.objectivesProperty().set("DEMO-TEST claim compensation and back wages");

        desk.workspace.carePlans().revisePlan(new RevisePlanCommand(loaded.id(), loaded.version(),
                SupportPlanType.Legal, "DEMO-TEST changed elsewhere", null, null));
        vm.savePlan();

        assertThat(vm.errorProperty().get().key()).isEqualTo("error.conflict");
        assertThat(vm.revisingProperty().get()).isNull();
        assertThat(vm.plans()).filteredOn(p -> p.id().equals(loaded.id())).singleElement()
                .satisfies(p -> assertThat(p.objectives()).isEqualTo("DEMO-TEST changed elsewhere"));
    }
}
