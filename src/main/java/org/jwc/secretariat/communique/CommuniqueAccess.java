package org.jwc.secretariat.communique;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The communiqué's rules of who and when: the host party's secretary edits and circulates while
 * the meeting is drafting or approving; the parties taking part are those active on the meeting's day.
 */
@Component
class CommuniqueAccess {

    static final EnumSet<Phase> EDITABLE = EnumSet.of(Phase.DRAFTING, Phase.APPROVAL);

    private final Communiques communiques;
    private final Paragraphs paragraphs;
    private final MeetingService meetings;
    private final PartyService parties;
    private final CurrentUser currentUser;

    CommuniqueAccess(Communiques communiques, Paragraphs paragraphs, MeetingService meetings, PartyService parties,
            CurrentUser currentUser) {
        this.communiques = communiques;
        this.paragraphs = paragraphs;
        this.meetings = meetings;
        this.parties = parties;
        this.currentUser = currentUser;
    }

    /** The meeting's communiqué; another committee's meeting is refused as an unknown id (ADR 0025). */
    Communique communique(long meetingId) {
        meetings.get(meetingId);
        return communiques.findByMeetingId(meetingId).orElseThrow(() -> new RefusedException("communique.error.none"));
    }

    /** The communiqué, if its meeting is the committee's: another committee's is refused as an unknown id. */
    Communique byId(long communiqueId) {
        var communique = communiques.findById(communiqueId).orElseThrow(() -> new RefusedException("error.notFound"));
        meetings.get(communique.meetingId());
        return communique;
    }

    /** Refuses another committee's communiqué as an unknown id without loading it, for a caller that locks it next. */
    void requireOfCommittee(long communiqueId) {
        meetings.get(communiques.findMeetingIdById(communiqueId).orElseThrow(() -> new RefusedException("error.notFound")));
    }

    /** The paragraph, if its communiqué is the committee's; checked before any rule of the paragraph's own. */
    Paragraph paragraph(long paragraphId) {
        var paragraph = paragraphs.findById(paragraphId).orElseThrow(() -> new RefusedException("error.notFound"));
        requireOfCommittee(paragraph.communiqueId());
        return paragraph;
    }

    /** The communiqué the host may change now: not final, and the meeting drafting or approving. */
    Communique editable(long communiqueId) {
        var communique = byId(communiqueId);
        communique.requireDraft();
        hostOf(meetings.inPhase(communique.meetingId(), EDITABLE));
        return communique;
    }

    /** Refuses anyone but the host party's people (the roles are checked on the service method). */
    Meeting hostOf(Meeting meeting) {
        if (!currentUser.isOwnParty(meeting.hostPartyId())) {
            throw new AccessDeniedException("communique.error.hostOnly");
        }
        return meeting;
    }

    /** The parties taking part in the meeting, in the committee's order: Viet Nam's by rotation, then Guangxi. */
    List<Party> takingPart(Meeting meeting) {
        return parties.activeOn(meeting.startsAt().atZone(ZoneOffset.UTC).toLocalDate());
    }

    static String link(Meeting meeting) {
        return "meetings/" + meeting.number() + "/communique";
    }
}
