package org.jwc.secretariat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A service test against a real database with the demo data: H2 in the first run, MariaDB in the
 * second (see the "mariadb" Maven profile). Tests must not depend on each other's data: on MariaDB
 * all test classes share one database, so each creates what it changes under its own names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "jwc.test.tier=database")
@ActiveProfiles({"test", "demo"})
@Tag("database")
public @interface DatabaseTest {
}
