package org.jwc.secretariat.communique;

import java.util.List;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.OpenWork;
import org.jwc.secretariat.meeting.Phase;
import org.springframework.stereotype.Component;

/**
 * The communiqué's open work: a draft that is not final keeps the meeting from concluding, since
 * once it has concluded no leader can approve a version any more. A meeting without a communiqué
 * on the platform has nothing open here.
 */
@Component
class CommuniqueOpenWork implements OpenWork {

    private final Communiques communiques;

    CommuniqueOpenWork(Communiques communiques) {
        this.communiques = communiques;
    }

    @Override
    public List<OpenItem> openAt(Meeting meeting) {
        if (meeting.phase() == Phase.CONCLUDED) {
            return List.of();
        }
        return communiques.findByMeetingId(meeting.id()).filter(c -> !c.isFinal())
                .map(c -> List.of(OpenItem.keepsOpen("open.communiqueNotFinal"))).orElse(List.of());
    }
}
