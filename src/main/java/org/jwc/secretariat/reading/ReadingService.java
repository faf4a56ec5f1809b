package org.jwc.secretariat.reading;

import java.time.Clock;
import java.util.Optional;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers, per user, the last revision of a record they looked at. The caller has read the
 * record through its own service first, so only what the user may see is ever remembered.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class ReadingService {

    private final Readings readings;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReadingService(Readings readings, CurrentUser currentUser, Clock clock) {
        this.readings = readings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Optional<LastLook> lastLook(String kind, long recordId) {
        return readings.findByUserIdAndRecordKindAndRecordId(currentUser.require().userId(), kind, recordId)
                .map(Reading::lastLook);
    }

    @Transactional
    public void saw(String kind, long recordId, long revision) {
        var userId = currentUser.require().userId();
        var reading = readings.findByUserIdAndRecordKindAndRecordId(userId, kind, recordId)
                .orElseGet(() -> new Reading(userId, kind, recordId));
        reading.saw(revision, clock.instant());
        readings.save(reading);
    }
}
