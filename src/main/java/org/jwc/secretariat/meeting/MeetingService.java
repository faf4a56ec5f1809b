package org.jwc.secretariat.meeting;

import static org.jwc.secretariat.base.Validation.officialLanguages;
import static org.jwc.secretariat.base.Validation.withinCalendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.MessageKey;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings are public to every signed-in user; administrators plan them and move their phases. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class MeetingService {

    private final Meetings meetings;
    private final PartyService parties;
    private final CommitteeService committees;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** Looked up when used: the modules that implement it use this service themselves. */
    private final ObjectProvider<OpenWork> openWork;

    MeetingService(Meetings meetings, PartyService parties, CommitteeService committees, CurrentUser currentUser,
            Clock clock, ObjectProvider<OpenWork> openWork) {
        this.meetings = meetings;
        this.committees = committees;
        this.currentUser = currentUser;
        this.parties = parties;
        this.clock = clock;
        this.openWork = openWork;
    }

    /** The committee's meetings, latest first; another committee's are not among them. */
    public List<Meeting> all() {
        return committees.currentId().map(meetings::findByCommitteeIdOrderByNumberDesc).orElse(List.of());
    }

    /** The committee's meeting of that number (numbers count within a committee). */
    public Optional<Meeting> findByNumber(int number) {
        return committees.currentId().flatMap(committee -> meetings.findByCommitteeIdAndNumber(committee, number));
    }

    /** Meetings still taking proposals whose deadline falls in the period, for reminders. */
    public List<Meeting> proposalDeadlinesBetween(Instant from, Instant to) {
        return meetings.findByProposalDeadlineBetweenAndPhaseIn(from, to, EnumSet.of(Phase.PREPARATION, Phase.NEGOTIATION));
    }

    /**
     * The meeting of the committee being worked in; another committee's is refused as an unknown id
     * (ADR 0025). Every module that reads a record by id reaches its meeting through here.
     */
    public Meeting get(long id) {
        return meetings.findById(id).filter(this::ofCurrentCommittee).orElseThrow(() -> new RefusedException("error.notFound"));
    }

    private boolean ofCurrentCommittee(Meeting meeting) {
        return committees.currentId().filter(committee -> committee == meeting.committeeId()).isPresent();
    }

    /** The meeting, if it is in one of the given phases; otherwise a refusal that names its phase. */
    public Meeting inPhase(long id, Set<Phase> phases) {
        var meeting = get(id);
        if (!phases.contains(meeting.phase())) {
            throw new RefusedException("meeting.error.phase", new MessageKey("phase." + meeting.phase().name()));
        }
        return meeting;
    }

    /** Host and co-chair that the rotation rule proposes for the meeting after the latest. */
    public Optional<NextMeeting> proposeNext() {
        var today = LocalDate.now(clock);
        var byId = parties.byId();
        var members = parties.memberships().stream().filter(m -> byId.containsKey(m.partyId()))
                .map(m -> {
                    var p = byId.get(m.partyId());
                    return new HostRotation.Member(p.id(), p.side(), m.hostOrder(), p.successorId(),
                            p.isActiveOn(today) && m.isActiveOn(today));
                })
                .toList();
        var history = all().stream().map(m -> new HostRotation.Held(m.number(), m.hostPartyId())).toList();
        return new HostRotation(members).proposeAfter(history)
                .map(p -> new NextMeeting(p.number(), p.hostId(), p.coChairId()));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Meeting create(MeetingDetails details) {
        var committee = committees.requireCurrentId();
        return meetings.save(new Meeting(committee, validate(details, null, committee)));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Meeting update(long id, long expectedVersion, MeetingDetails details) {
        var meeting = get(id);
        meeting.requireVersion(expectedVersion);
        meeting.update(validate(details, id, meeting.committeeId()));
        return meetings.saveAndFlush(meeting);
    }

    /**
     * Moves the meeting one phase on or back. The page lists what is still open ({@link #openWork})
     * and asks first; what the service refuses is to conclude a meeting while something that
     * nobody could finish afterwards is open (the minutes), ADR 0017.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Meeting changePhase(long id, long expectedVersion, Phase phase) {
        var meeting = get(id);
        meeting.requireVersion(expectedVersion);
        if (phase == Phase.CONCLUDED) {
            requireNothingKeepsOpen(meeting);
        }
        meeting.moveTo(phase);
        return meetings.saveAndFlush(meeting);
    }

    /** What the modules still have open at this meeting, for the administrator moving it on. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<OpenWork.OpenItem> openWork(long id) {
        return open(get(id));
    }

    /** Whether the meeting may conclude now: nothing open that nobody could finish afterwards. */
    public boolean mayConclude(long id) {
        return open(get(id)).stream().noneMatch(OpenWork.OpenItem::keepsMeetingOpen);
    }

    private List<OpenWork.OpenItem> open(Meeting meeting) {
        return openWork.orderedStream().flatMap(w -> w.openAt(meeting).stream()).toList();
    }

    private void requireNothingKeepsOpen(Meeting meeting) {
        var keeping = open(meeting).stream().filter(OpenWork.OpenItem::keepsMeetingOpen).findFirst();
        if (keeping.isPresent()) {
            throw new RefusedException("meeting.error.keptOpen", new MessageKey(keeping.get().key()));
        }
    }

    /**
     * Gives the parties more time to submit proposals: an administrator or the host party's
     * secretary moves the deadline later, never into the past.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARY')")
    public Meeting extendProposalDeadline(long id, long expectedVersion, @Nullable Instant deadline) {
        var meeting = get(id);
        if (!currentUser.require().hasRole(Role.ADMIN) && !currentUser.isOwnParty(meeting.hostPartyId())) {
            throw new AccessDeniedException("meeting.error.extendHostOnly");
        }
        meeting.requireVersion(expectedVersion);
        var current = meeting.proposalDeadline();
        if (deadline == null || !deadline.isAfter(clock.instant()) || (current != null && !deadline.isAfter(current))) {
            throw RefusedException.badInput("proposalDeadline", "meeting.error.extendLater");
        }
        var d = meeting.details();
        meeting.update(validate(new MeetingDetails(d.number(), d.title(), d.startsAt(), d.endsAt(), d.format(),
                d.venue(), d.bridges(), d.hostPartyId(), d.coChairPartyId(), deadline, d.responseDeadline(),
                d.approvalDeadline()), id, meeting.committeeId()));
        return meetings.saveAndFlush(meeting);
    }

    private MeetingDetails validate(MeetingDetails d, @Nullable Long id, long committee) {
        if (d.number() < 1) {
            throw RefusedException.badInput("number", "validation.positive");
        }
        meetings.findByCommitteeIdAndNumber(committee, d.number()).filter(other -> id == null || other.id() != id).ifPresent(other -> {
            throw RefusedException.badInput("number", "meeting.error.numberTaken", d.number());
        });
        officialLanguages("title", d.title(), 500);
        required("startsAt", d.startsAt());
        required("endsAt", d.endsAt());
        withinCalendar("startsAt", d.startsAt());
        withinCalendar("endsAt", d.endsAt());
        withinCalendar("proposalDeadline", d.proposalDeadline());
        withinCalendar("responseDeadline", d.responseDeadline());
        withinCalendar("approvalDeadline", d.approvalDeadline());
        if (d.endsAt().isBefore(d.startsAt())) {
            throw RefusedException.badInput("endsAt", "meeting.error.endsBeforeStart");
        }
        required("format", d.format());
        if (d.format().hasVenue()) {
            officialLanguages("venue", d.venue(), 300);
        }
        if (d.format().hasBridges()) {
            officialLanguages("bridges", d.bridges(), 500);
        }
        Party host = parties.get(d.hostPartyId());
        Party coChair = parties.get(d.coChairPartyId());
        if (host.side() == coChair.side()) {
            throw RefusedException.badInput("coChairPartyId", "meeting.error.coChairSameSide");
        }
        notAfter("proposalDeadline", d.proposalDeadline(), d.responseDeadline());
        notAfter("proposalDeadline", d.proposalDeadline(), d.startsAt());
        notAfter("responseDeadline", d.responseDeadline(), d.startsAt());
        if (d.approvalDeadline() != null && d.approvalDeadline().isBefore(d.endsAt())) {
            throw RefusedException.badInput("approvalDeadline", "meeting.error.approvalBeforeEnd");
        }
        return d;
    }

    private static void required(String field, @Nullable Object value) {
        if (value == null) {
            throw RefusedException.badInput(field, "validation.required");
        }
    }

    private static void notAfter(String field, @Nullable Instant deadline, @Nullable Instant limit) {
        if (deadline != null && limit != null && deadline.isAfter(limit)) {
            throw RefusedException.badInput(field, "meeting.error.deadlineOrder");
        }
    }
}
