package org.jwc.secretariat.securitylog;

import java.time.Clock;
import org.jwc.secretariat.security.SecurityEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records every security event once what it reports has happened: after the publisher's transaction
 * committed (a rolled-back change is not recorded), or at once where there was none (a failed
 * sign-in), each in its own transaction.
 */
@Component
class SecurityLogRecorder {

    private static final Logger log = LoggerFactory.getLogger(SecurityLogRecorder.class);

    private final SecurityLogEntries entries;
    private final Clock clock;

    SecurityLogRecorder(SecurityLogEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(SecurityEvent event) {
        // In the application's log first, so that an event survives there if the database refuses the row.
        log.info("Security event {} user={} actor={} address={}", event.kind(), event.username(), event.actor(),
                event.address());
        entries.save(new SecurityLogEntry(clock.instant(), event));
    }
}
