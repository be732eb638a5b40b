package dev.berth;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of DESIGN.md: ui sees only core (and training); only aws touches the SDK; core has no JavaFX. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.berth");
    }

    @Test
    void uiDoesNotReachIntoTheSimulatorOrTheSdkGateway() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.berth.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.sim..", "dev.berth.aws..",
                        "dev.berth.app..");
        rule.check(classes);
    }

    @Test
    void onlyTheAwsPackageImportsTheSdk() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.berth.aws..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..");
        rule.check(classes);
    }

    /** The packaged jar holds dev.berth.aws only inside its nested AWS jar, which AwsLoader loads by name. */
    @Test
    void nothingOutsideTheAwsPackageUsesItDirectly() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("dev.berth.aws..")
                .should().dependOnClassesThat().resideInAPackage("dev.berth.aws..");
        rule.check(classes);
    }

    @Test
    void coreHasNoJavaFx() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.berth.core..")
                .should().dependOnClassesThat().resideInAPackage("javafx..");
        rule.check(classes);
    }

    @Test
    void coreDependsOnNoOtherBerthLayer() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.berth.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.ui..", "dev.berth.sim..",
                        "dev.berth.aws..", "dev.berth.app..", "dev.berth.training..");
        rule.check(classes);
    }

    @Test
    void trainingReachesTheWorldOnlyThroughTheGatewayAndHasNoJavaFx() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.berth.training..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.sim..", "dev.berth.aws..",
                        "dev.berth.app..", "dev.berth.ui..", "javafx..");
        rule.check(classes);
    }

    @Test
    void theSimulatorKnowsNothingOfTheUi() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.berth.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.ui..", "dev.berth.app..",
                        "dev.berth.aws..", "javafx..");
        rule.check(classes);
    }
}
