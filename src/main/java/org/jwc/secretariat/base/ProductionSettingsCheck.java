package org.jwc.secretariat.base;

import java.util.List;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * In production the database settings come from the environment only. Refuses to start, naming
 * what is missing, instead of failing later with a connection error or running on a default.
 */
public class ProductionSettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final List<String> REQUIRED = List.of("JWC_DB_URL", "JWC_DB_USER", "JWC_DB_PASSWORD");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        var missing = REQUIRED.stream().filter(name -> isBlank(environment.getProperty(name))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Production mode needs the environment variables " + missing
                    + " (database URL, user and password); they are not set. See README.md, 'Production'.");
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("The demo profile (demo users and data) cannot run in production.");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
