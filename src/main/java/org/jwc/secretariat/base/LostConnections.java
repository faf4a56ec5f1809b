package org.jwc.secretariat.base;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/**
 * A connection whose driver says it is gone leaves the pool at once, whatever SQL state the driver
 * gives it (H2's are not the "08" ones the pool knows), so that the next request gets a new one
 * once the database is back. Named in application.yml for the pool to create.
 */
public class LostConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException exception) {
        return exception instanceof SQLNonTransientConnectionException ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
