package org.jwc.secretariat.meeting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** What an administrator enters about a meeting. */
public record MeetingDetails(
        int number,
        LocalizedText title,
        Instant startsAt,
        Instant endsAt,
        MeetingFormat format,
        LocalizedText venue,
        LocalizedText bridges,
        long hostPartyId,
        long coChairPartyId,
        @Nullable Instant proposalDeadline,
        @Nullable Instant responseDeadline,
        @Nullable Instant approvalDeadline) {
}
