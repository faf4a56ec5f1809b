package org.jwc.secretariat;

import org.junit.jupiter.api.Assumptions;

/**
 * A tool a test tier needs is not installed. In CI (CI is set) nothing is ever skipped, so that fails
 * the build; on a developer's machine the tier is skipped, saying in one line what to install.
 */
public final class MissingTool {

    private MissingTool() {
    }

    public static void report(String message) {
        if (System.getenv("CI") != null) {
            throw new AssertionError(message);
        }
        // A skipped @BeforeAll is counted nowhere in Maven's summary: the line on the console is what tells.
        System.err.println("Skipped: " + message);
        Assumptions.abort(message);
    }
}
