package org.jwc.secretariat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featureModulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
