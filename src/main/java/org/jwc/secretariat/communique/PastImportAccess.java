package org.jwc.secretariat.communique;

import java.util.EnumSet;
import java.util.List;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.Side;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The import's rules of who and where: an administrator, or the host party's secretary (who keeps
 * the signed text), imports into a concluded meeting that has no communiqué made in the platform. An
 * imported one may be replaced: it is a copy of the paper, whereas one made here carries the
 * leaders' approvals, which an import must never erase.
 */
@Component
class PastImportAccess {

    private final Communiques communiques;
    private final MeetingService meetings;
    private final AreaService areas;
    private final CommuniqueAccess access;
    private final CurrentUser currentUser;

    PastImportAccess(Communiques communiques, MeetingService meetings, AreaService areas, CommuniqueAccess access,
            CurrentUser currentUser) {
        this.communiques = communiques;
        this.meetings = meetings;
        this.areas = areas;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The meeting to import into, or a refusal that says why not. */
    Meeting meeting(long meetingId) {
        var meeting = meetings.get(meetingId);
        var user = currentUser.require();
        if (!user.hasRole(Role.ADMIN) && !(user.hasRole(Role.SECRETARY) && currentUser.isOwnParty(meeting.hostPartyId()))) {
            throw new AccessDeniedException("communique.error.importHostOrAdmin");
        }
        meetings.inPhase(meetingId, EnumSet.of(Phase.CONCLUDED));
        communiques.findByMeetingId(meetingId).filter(c -> !c.imported()).ifPresent(c -> {
            throw new RefusedException("communique.import.error.madeHere");
        });
        return meeting;
    }

    /** Whether the current user may import into the meeting now, for screens to offer it or not. */
    boolean allowed(long meetingId) {
        try {
            meeting(meetingId);
            return true;
        } catch (RefusedException | AccessDeniedException e) {
            return false;
        }
    }

    /** The parties a paragraph may name: those taking part on the meeting's day, with their side. */
    List<PartyName> parties(Meeting meeting) {
        return access.takingPart(meeting).stream()
                .map(p -> new PartyName(p.id(), p.name(), p.shortName(), p.side() == Side.VN))
                .toList();
    }

    /** Today's area tree: a past communiqué's sections are mapped onto it. */
    List<AreaName> areas() {
        return areas.all().stream().map(a -> new AreaName(a.id(), a.parentId(), a.name())).toList();
    }

    boolean areaExists(long areaId) {
        return areas.exists(areaId);
    }
}
