package org.jwc.secretariat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featureModulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules.of(Application.class).verify();
    }

    /**
     * The past-communiqué import is a part of the communiqué module that builds on its public face:
     * the communiqué itself never reaches into the import, so it works, and is read, without it.
     */
    @Test
    void theCommuniqueKnowsNothingOfThePastCommuniqueImport() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jwc.secretariat.communique");
        noClasses().that().resideInAnyPackage("org.jwc.secretariat.communique", "org.jwc.secretariat.communique.ui")
                .should().dependOnClassesThat().resideInAPackage("org.jwc.secretariat.communique.past..")
                .check(classes);
    }
}
