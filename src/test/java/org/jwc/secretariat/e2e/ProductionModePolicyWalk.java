package org.jwc.secretariat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The policy walk against the packaged production jar (Vaadin's production mode and its bundle),
 * started with the demo data at {@code -Djwc.production-url}. Not an {@code *IT}: the jar exists only
 * after {@code -Pproduction package}, so {@code .ci/run} starts it and runs this class by name.
 */
class ProductionModePolicyWalk {

    @BeforeAll
    static void launchChromium() {
        ChromiumTest.launchChromium();
    }

    @AfterAll
    static void closeChromium() {
        ChromiumTest.closeChromium();
    }

    @Test
    void theJarServesVaadinsProductionBundleWithoutDevelopmentTools() {
        var page = ChromiumTest.browser.newPage();
        try {
            page.navigate(base() + "/login");
            page.locator("vaadin-login-form").waitFor();
            assertThat(page.locator("script[src*='VAADIN/build/']").count()).as("the production bundle's script").isPositive();
            assertThat(page.locator("vaadin-dev-tools").count()).as("development tools").isZero();
        } finally {
            page.context().close();
        }
    }

    @Test
    void noPageOfTheProductionJarViolatesTheContentSecurityPolicy() {
        assertThat(PolicyWalk.violations(ChromiumTest.browser, base(), ChromiumTest.DEMO_PASSWORD))
                .as("Content-Security-Policy violations in production mode").isEmpty();
    }

    private static String base() {
        var base = System.getProperty("jwc.production-url");
        assertThat(base).as("-Djwc.production-url, where .ci/run started the production jar").isNotBlank();
        return base;
    }
}
