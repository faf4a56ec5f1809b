package org.jwc.secretariat.minutes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RecordChanged;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended: each party's secretary lists its own delegation (head and members, with titles in
 * each language) and submits it, after which every party reads it; the host's secretary lists the
 * observers. Closed minutes lock the lists.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class AttendanceService {

    private static final Comparator<Attendee> ORDER =
            Comparator.comparing(Attendee::role).thenComparingInt(Attendee::position).thenComparingLong(Attendee::id);

    private final Attendees attendees;
    private final Delegations delegations;
    private final MinutesService minutes;
    private final MeetingService meetings;
    private final PartyService parties;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    AttendanceService(Attendees attendees, Delegations delegations, MinutesService minutes, MeetingService meetings,
            PartyService parties, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.attendees = attendees;
        this.delegations = delegations;
        this.minutes = minutes;
        this.meetings = meetings;
        this.parties = parties;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The delegations this user may read (their own, and the submitted ones), then the observers. */
    public List<DelegationList> attendance(long meetingId) {
        meetings.get(meetingId);
        var lists = new ArrayList<DelegationList>();
        var submitted = delegations.findByMeetingId(meetingId);
        // One read of the meeting's attendees, split per list: the page redraws on every change.
        var all = sorted(attendees.findByMeetingIdOrderByPositionAsc(meetingId));
        for (var party : parties.all()) {
            var isSubmitted = submitted.stream().anyMatch(d -> d.partyId() == party.id() && d.submitted());
            if (isSubmitted || currentUser.isOwnParty(party.id())) {
                lists.add(new DelegationList(party.id(), isSubmitted, all.stream()
                        .filter(a -> a.partyId() != null && a.partyId() == party.id()).toList()));
            }
        }
        lists.add(new DelegationList(null, true, all.stream().filter(a -> a.partyId() == null).toList()));
        return lists;
    }

    /** Adds a member to the user's own party's delegation. */
    @Transactional
    @PreAuthorize(MinutesService.SECRETARY)
    public Attendee addMember(long meetingId, AttendeeDetails details) {
        var partyId = currentUser.ownPartyId();
        changeable(meetingId);
        var delegation = delegations.findByMeetingIdAndPartyId(meetingId, partyId)
                .orElseGet(() -> delegations.save(new Delegation(meetingId, partyId)));
        return saved(new Attendee(meetingId, partyId, next(meetingId, partyId), details), delegation.submitted());
    }

    /** Adds an observer (a consulate, an embassy, a ministry) to the host's list. */
    @Transactional
    @PreAuthorize(MinutesService.SECRETARY)
    public Attendee addObserver(long meetingId, AttendeeDetails details) {
        requireHost(meetingId);
        changeable(meetingId);
        return saved(new Attendee(meetingId, null, next(meetingId, null), details), true);
    }

    @Transactional
    @PreAuthorize(MinutesService.SECRETARY)
    public Attendee edit(long attendeeId, long expectedVersion, AttendeeDetails details) {
        var attendee = writable(attendeeId, expectedVersion);
        attendee.edit(details);
        return saved(attendee, shared(attendee));
    }

    @Transactional
    @PreAuthorize(MinutesService.SECRETARY)
    public void remove(long attendeeId, long expectedVersion) {
        var attendee = writable(attendeeId, expectedVersion);
        var shared = shared(attendee);
        attendees.delete(attendee);
        attendees.flush();
        events.publishEvent(new RecordChanged(Minutes.KIND, attendeeId, attendee.meetingId(),
                shared ? null : attendee.partyId()));
    }

    /** The party's secretary shares its delegation list with every party; it must name its head. */
    @Transactional
    @PreAuthorize(MinutesService.SECRETARY)
    public void submitDelegation(long meetingId) {
        var partyId = currentUser.ownPartyId();
        changeable(meetingId);
        var delegation = delegations.findByMeetingIdAndPartyId(meetingId, partyId)
                .orElseThrow(() -> new RefusedException("minutes.error.noHead"));
        var members = attendees.findByMeetingIdAndPartyIdOrderByPositionAsc(meetingId, partyId);
        delegation.submit(members.stream().anyMatch(a -> a.role() == AttendeeRole.HEAD));
        var saved = delegations.saveAndFlush(delegation);
        events.publishEvent(new RecordChanged(Minutes.KIND, saved.id(), meetingId, null));
    }

    private Attendee writable(long attendeeId, long expectedVersion) {
        var attendee = attendees.findById(attendeeId).orElseThrow(() -> new RefusedException("error.notFound"));
        // Another committee's attendee is unknown here, before whose delegation it is.
        meetings.get(attendee.meetingId());
        if (attendee.partyId() == null) {
            requireHost(attendee.meetingId());
        } else {
            currentUser.requireOwnParty(attendee.partyId());
        }
        changeable(attendee.meetingId());
        attendee.requireVersion(expectedVersion);
        return attendee;
    }

    private boolean shared(Attendee attendee) {
        return attendee.partyId() == null || delegations.findByMeetingIdAndPartyId(attendee.meetingId(), attendee.partyId())
                .map(Delegation::submitted).orElse(false);
    }

    private void changeable(long meetingId) {
        meetings.inPhase(meetingId, MinutesService.KEPT);
        minutes.requireNotClosed(meetingId);
    }

    private void requireHost(long meetingId) {
        if (!currentUser.isOwnParty(meetings.get(meetingId).hostPartyId())) {
            throw new AccessDeniedException("minutes.error.hostOnly");
        }
    }

    private int next(long meetingId, @Nullable Long partyId) {
        var list = partyId == null ? attendees.findByMeetingIdAndPartyIdIsNullOrderByPositionAsc(meetingId)
                : attendees.findByMeetingIdAndPartyIdOrderByPositionAsc(meetingId, partyId);
        return list.stream().mapToInt(Attendee::position).max().orElse(0) + 1;
    }

    private Attendee saved(Attendee attendee, boolean shared) {
        var saved = attendees.saveAndFlush(attendee);
        events.publishEvent(new RecordChanged(Minutes.KIND, saved.id(), saved.meetingId(),
                shared ? null : saved.partyId()));
        return saved;
    }

    private static List<Attendee> sorted(List<Attendee> list) {
        return list.stream().sorted(ORDER).toList();
    }
}
