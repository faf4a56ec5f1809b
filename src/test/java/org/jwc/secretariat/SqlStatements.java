package org.jwc.secretariat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;

/**
 * Counts the SQL statements a piece of code prepares, with Hibernate's statistics switched on for
 * just that while. Not with a test property: that would start a Spring context of its own, and
 * each context installs Vaadin's security-context strategy globally, so the tests of the shared
 * context that run after it would find no signed-in user.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static long preparedBy(EntityManagerFactory factory, Runnable code) {
        var statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            code.run();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        return statistics.getPrepareStatementCount();
    }
}
