package org.jwc.secretariat.minutes;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jwc.secretariat.SignedIn;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingDetails;
import org.jwc.secretariat.meeting.MeetingService;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A meeting of its own for each test that keeps minutes (a meeting has one set of minutes, and on
 * MariaDB all test classes share one database): like the 18th (Lạng Sơn hosts, Guangxi co-chairs),
 * numbered below the demo's 14th so that the host rotation, which follows the latest meeting, is
 * unchanged.
 */
final class MeetingsForMinutes {

    private MeetingsForMinutes() {
    }

    static Meeting newMeeting(MeetingService meetings, UserDetailsService accounts) {
        SignedIn.as(accounts, "admin");
        var eighteenth = meetings.findByNumber(18).orElseThrow().details();
        var taken = meetings.all().stream().map(Meeting::number).collect(Collectors.toSet());
        var number = IntStream.range(1, 14).filter(n -> !taken.contains(n)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no meeting number below 14 left for a test"));
        var meeting = meetings.create(new MeetingDetails(number,
                new LocalizedText("Hội nghị thử nghiệm lần " + number, "第" + number + "次测试会议", "Test meeting " + number),
                eighteenth.startsAt(), eighteenth.endsAt(), eighteenth.format(), eighteenth.venue(), eighteenth.bridges(),
                eighteenth.hostPartyId(), eighteenth.coChairPartyId(), null, null, null));
        SignedIn.signOut();
        return meeting;
    }
}
