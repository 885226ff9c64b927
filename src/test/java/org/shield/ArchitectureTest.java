package org.shield;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shield.domain.common.BaseEntity;

/** The layer rules of ARCHITECTURE.md, one test each. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shield");
    }

    @Test
    void layersDependInOneDirection() {
        noClasses().that().resideInAPackage("org.shield.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.shield.application..", "org.shield.infra..",
                        "org.shield.ui..", "org.shield.bootstrap..")
                .check(classes);
        noClasses().that().resideInAPackage("org.shield.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.shield.infra..", "org.shield.ui..",
                        "org.shield.bootstrap..")
                .check(classes);
        noClasses().that().resideInAPackage("org.shield.infra..")
                .should().dependOnClassesThat().resideInAnyPackage("org.shield.ui..", "org.shield.bootstrap..")
                .check(classes);
        noClasses().that().resideInAPackage("org.shield.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.shield.infra..", "org.shield.bootstrap..",
                        "org.shield.hq..")
                .check(classes);
        // hq (the headquarters server) -> application, domain, its own infra (hq.store)
        noClasses().that().resideInAPackage("org.shield.hq..")
                .should().dependOnClassesThat().resideInAnyPackage("org.shield.infra..", "org.shield.ui..",
                        "org.shield.bootstrap..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.shield.infra..", "org.shield.application..", "org.shield.domain..")
                .should().dependOnClassesThat().resideInAPackage("org.shield.hq..")
                .check(classes);
    }

    @Test
    void domainUsesOnlyTheJdkAndPersistenceAnnotations() {
        classes().that().resideInAPackage("org.shield.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.shield.domain..", "java..",
                        "jakarta.persistence..", "jakarta.validation..")
                .check(classes);
    }

    @Test
    void applicationUsesOnlyDomainJdkAndSlf4j() {
        classes().that().resideInAPackage("org.shield.application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.shield.application..", "org.shield.domain..",
                        "java..", "javax.security.auth..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void noJavaFxInDomainOrApplication() {
        noClasses().that().resideInAnyPackage("org.shield.domain..", "org.shield.application..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyPersistenceTouchesEntityManagerSessionOrJdbc() {
        // HQ keeps its own generic tables in plain JDBC, on PostgreSQL or H2 (ADR 0019)
        noClasses().that().resideOutsideOfPackages("org.shield.infra.persistence..", "org.shield.hq.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.hibernate..", "org.h2..",
                        "com.zaxxer..", "org.flywaydb..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    @Test
    void uiNeverSeesAnEntity() {
        noClasses().that().resideInAPackage("org.shield.ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void viewModelsUseBeansAndCollectionsButNoSceneStageOrConcurrency() {
        noClasses().that().resideInAPackage("org.shield.ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.concurrent..")
                .check(classes);
    }

    @Test
    void featureSlicesHaveNoCycles() {
        slices().matching("org.shield.(*).(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.shield.application.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.shield.domain.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void infraSiblingsAreIndependent() {
        slices().matching("org.shield.infra.(*)..").should().notDependOnEachOther().check(classes);
    }

    @Test
    void noSystemOutOrPrintStackTrace() {
        noClasses().that().resideOutsideOfPackages("org.shield.infra.cli..")
                .and().doNotHaveFullyQualifiedName("org.shield.bootstrap.Gui")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(classes);
        noClasses().that().resideInAPackage("org.shield.infra.cli..")
                .should().accessField(System.class, "out").check(classes);
    }

    @Test
    void noVagueClassNames() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .check(classes);
    }

    @Test
    void everyEntityIsSynchronisable() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().beAssignableTo(BaseEntity.class)
                .check(classes);
        classes().that().haveFullyQualifiedName(BaseEntity.class.getName())
                .should(new ArchCondition<JavaClass>("have a UUID @Id, a @Version, stamps and a tombstone") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean ok = c.getField("id").isAnnotatedWith(Id.class)
                                && c.getField("id").getRawType().isEquivalentTo(java.util.UUID.class)
                                && c.getField("version").isAnnotatedWith(Version.class)
                                && c.tryGetField("createdAt").isPresent() && c.tryGetField("createdBy").isPresent()
                                && c.tryGetField("updatedAt").isPresent() && c.tryGetField("updatedBy").isPresent()
                                && c.tryGetField("deletedAt").isPresent()
                                && c.tryGetField("deletionReason").isPresent();
                        events.add(new SimpleConditionEvent(c, ok, c.getName() + " lacks a sync field"));
                    }
                })
                .check(classes);
    }
}
