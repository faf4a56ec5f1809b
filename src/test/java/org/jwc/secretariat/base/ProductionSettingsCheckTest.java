package org.jwc.secretariat.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionSettingsCheckTest {

    @Test
    void productionRefusesToStartWithoutTheDatabaseSettingsAndNamesTheMissingOnes() {
        var environment = environment(Map.of("JWC_DB_URL", "jdbc:mariadb://db/jwc"), "prod");
        assertThatThrownBy(() -> ProductionSettingsCheck.check(environment))
                .hasMessageContaining("JWC_DB_USER")
                .hasMessageContaining("JWC_DB_PASSWORD")
                .hasMessageNotContaining("JWC_DB_URL,");
    }

    @Test
    void productionRefusesDemoData() {
        var environment = environment(Map.of("JWC_DB_URL", "u", "JWC_DB_USER", "u", "JWC_DB_PASSWORD", "p"), "prod", "demo");
        assertThatThrownBy(() -> ProductionSettingsCheck.check(environment)).hasMessageContaining("demo");
    }

    @Test
    void productionStartsWithAllSettings() {
        var environment = environment(Map.of("JWC_DB_URL", "u", "JWC_DB_USER", "u", "JWC_DB_PASSWORD", "p"), "prod");
        assertThatCode(() -> ProductionSettingsCheck.check(environment)).doesNotThrowAnyException();
    }

    @Test
    void developmentNeedsNoSettings() {
        assertThatCode(() -> ProductionSettingsCheck.check(environment(Map.of(), "dev", "demo")))
                .doesNotThrowAnyException();
    }

    private static StandardEnvironment environment(Map<String, Object> properties, String... profiles) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        environment.setActiveProfiles(profiles);
        return environment;
    }
}
