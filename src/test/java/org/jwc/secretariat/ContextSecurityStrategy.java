package org.jwc.secretariat;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Each application context that Vaadin starts installs its own security-context strategy (with its
 * own thread-local) as the global one, and that context's beans keep using it. With several test
 * contexts cached, a later context would leave the earlier ones reading an empty security context.
 * Before each test, the global strategy is put back to the one of the test's own context.
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    private static final Map<ApplicationContext, SecurityContextHolderStrategy> STRATEGIES =
            Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        // Loading a new context installs its strategy: the first time a context is seen, the global one is its own.
        var context = testContext.getApplicationContext();
        SecurityContextHolder.setContextHolderStrategy(
                STRATEGIES.computeIfAbsent(context, c -> SecurityContextHolder.getContextHolderStrategy()));
    }
}
