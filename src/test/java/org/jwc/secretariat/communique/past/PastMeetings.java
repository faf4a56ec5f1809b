package org.jwc.secretariat.communique.past;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.TestMeetings;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingDetails;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A test meeting held on the 14th meeting's day (22 February 2023, when Hà Giang still took part),
 * hosted by Lạng Sơn, and concluded: a past meeting to import a communiqué into. Goes through the
 * real services, step by step, as an administrator would.
 */
public final class PastMeetings {

    private PastMeetings() {
    }

    public static Meeting concluded(MeetingService meetings, UserDetailsService accounts) {
        var meeting = TestMeetings.newMeeting(meetings, accounts);
        SignedIn.as(accounts, "admin");
        var d = meeting.details();
        var day = LocalDateTime.of(2023, 2, 22, 8, 30).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        meeting = meetings.update(meeting.id(), meeting.getVersion(), new MeetingDetails(d.number(), d.title(), day,
                day.plus(Duration.ofHours(3)), d.format(), d.venue(), d.bridges(), d.hostPartyId(), d.coChairPartyId(),
                null, null, null));
        for (var phase : List.of(Phase.NEGOTIATION, Phase.IN_SESSION, Phase.DRAFTING, Phase.APPROVAL, Phase.CONCLUDED)) {
            meeting = meetings.changePhase(meeting.id(), meeting.getVersion(), phase);
        }
        SignedIn.signOut();
        return meeting;
    }

    /** The 14th communiqué's Vietnamese text as extracted from its PDF (see PastCommuniqueParserTest). */
    public static String fourteenth() {
        try (var in = PastMeetings.class.getResourceAsStream("communique-14th-2023.vi.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
