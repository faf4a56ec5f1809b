package org.jwc.secretariat.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.area.CooperationArea;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone reads the commitments and their progress; a responsible party's delegates and
 * secretaries report on it, for their own party only (DESIGN §5).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class CommitmentService {

    private final Commitments commitments;
    private final CommitmentParties parties;
    private final ProgressNotes notes;
    private final MeetingService meetings;
    private final AreaService areas;
    private final PartyService partyService;
    private final CurrentUser currentUser;
    private final Clock clock;

    CommitmentService(Commitments commitments, CommitmentParties parties, ProgressNotes notes, MeetingService meetings,
            AreaService areas, PartyService partyService, CurrentUser currentUser, Clock clock) {
        this.commitments = commitments;
        this.parties = parties;
        this.notes = notes;
        this.meetings = meetings;
        this.areas = areas;
        this.partyService = partyService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The commitments the filter lets through, by meeting and paragraph; an area includes its sub-areas. */
    public List<CommitmentView> find(CommitmentFilter filter) {
        var meetingIds = filter.meetingId() != null ? List.of(meetings.get(filter.meetingId()).id())
                : meetings.all().stream().map(Meeting::id).toList();
        var inArea = filter.areaId() == null ? null : withSubAreas(filter.areaId());
        // A party's filter includes what it carries on for a predecessor (Tuyên Quang, Hà Giang's).
        var successions = partyService.successionsOn(LocalDate.now(clock));
        return views(commitments.findByMeetingIdInOrderByMeetingIdAscParagraphNumberAsc(meetingIds)).stream()
                .filter(v -> inArea == null || inArea.contains(v.commitment().areaId()))
                .filter(v -> v.parties().stream().anyMatch(p -> (filter.partyId() == null || p.partyId() == filter.partyId()
                        || successions.actsFor(filter.partyId(), p.partyId()))
                        && (filter.status() == null || p.status() == filter.status())))
                .toList();
    }

    public CommitmentSummary summary(CommitmentFilter filter) {
        return CommitmentSummary.of(find(filter));
    }

    /**
     * What a meeting reviews: the commitments of every earlier meeting that some responsible party
     * has not yet reported done.
     */
    public List<CommitmentView> underReview(long meetingId) {
        var meeting = meetings.get(meetingId);
        var earlier = meetings.all().stream().filter(m -> m.number() < meeting.number()).map(Meeting::id).toList();
        return views(commitments.findByMeetingIdInOrderByMeetingIdAscParagraphNumberAsc(earlier)).stream()
                .filter(v -> !v.done())
                .toList();
    }

    public CommitmentView get(long commitmentId) {
        return find(commitmentId).orElseThrow(() -> new RefusedException("error.notFound"));
    }

    /**
     * The commitment, if there is one in the committee being worked in (another committee's is
     * unknown here): for a caller to whom a missing one is an answer, not an error.
     */
    public Optional<CommitmentView> find(long commitmentId) {
        return commitments.findById(commitmentId).filter(this::ofCurrentCommittee).map(c -> views(List.of(c)).getFirst());
    }

    /** Every report on a commitment, oldest first. */
    public List<ProgressNote> notes(long commitmentId) {
        get(commitmentId);
        return notes.findByCommitmentIdOrderByNotedOnAscIdAsc(commitmentId);
    }

    /**
     * Each responsible party's latest report on each of the commitments, in one query for a whole
     * list; another committee's commitments are left out, as unknown.
     */
    public LatestNotes latestNotes(Collection<Long> commitmentIds) {
        if (commitmentIds.isEmpty()) {
            return new LatestNotes(List.of());
        }
        var meetingIds = committeeMeetingIds();
        var known = commitments.findAllById(commitmentIds).stream().filter(c -> meetingIds.contains(c.meetingId()))
                .map(Commitment::id).toList();
        return new LatestNotes(known.isEmpty() ? List.of() : notes.findByCommitmentIdInOrderByNotedOnAscIdAsc(known));
    }

    /**
     * A delegate or secretary reports their own party's progress on a commitment it is responsible
     * for, or that it carries on for a predecessor that has left the committee (the report stays with
     * the predecessor's responsibility; its author is recorded).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('DELEGATE', 'SECRETARY')")
    public ProgressNote report(long commitmentId, ProgressReport report) {
        get(commitmentId);
        var partyId = currentUser.ownPartyId();
        var successions = partyService.successionsOn(LocalDate.now(clock));
        var standing = parties.findByCommitmentIdIn(List.of(commitmentId)).stream()
                .filter(p -> successions.actsFor(partyId, p.partyId())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("commitment.error.notResponsible"));
        if (report.status() == null) {
            throw RefusedException.badInput("status", "validation.required");
        }
        var notedOn = noted(report.notedOn(), partyId);
        var text = report.text() == null ? LocalizedText.EMPTY : report.text();
        if (text.vi() == null && text.zh() == null) {
            throw RefusedException.badInput("text", "commitment.error.textRequired");
        }
        Validation.withinLength("text", text, ProgressNote.MAX_TEXT);
        var now = clock.instant();
        standing.report(report.status(), now);
        parties.save(standing);
        var user = currentUser.require();
        return notes.save(new ProgressNote(commitmentId, standing.partyId(), notedOn, report.status(), text, user.getUsername(),
                user.fullName(), now));
    }

    /** The report's date: given, and not later than today where the party is. */
    private LocalDate noted(@Nullable LocalDate notedOn, long partyId) {
        if (notedOn == null) {
            throw RefusedException.badInput("notedOn", "validation.required");
        }
        Validation.withinCalendar("notedOn", notedOn);
        if (notedOn.isAfter(LocalDate.now(clock.withZone(partyService.get(partyId).zone())))) {
            throw RefusedException.badInput("notedOn", "commitment.error.future");
        }
        return notedOn;
    }

    private List<CommitmentView> views(List<Commitment> found) {
        var byCommitment = parties.findByCommitmentIdIn(found.stream().map(Commitment::id).toList()).stream()
                .collect(Collectors.groupingBy(CommitmentParty::commitmentId));
        return found.stream().map(c -> new CommitmentView(c, byCommitment.getOrDefault(c.id(), List.of()).stream()
                .sorted(Comparator.comparingLong(CommitmentParty::partyId)).toList())).toList();
    }

    /** Whether the commitment's meeting is the committee's (ADR 0025), asked without a refusal crossing the meeting service. */
    private boolean ofCurrentCommittee(Commitment commitment) {
        return committeeMeetingIds().contains(commitment.meetingId());
    }

    private Set<Long> committeeMeetingIds() {
        return meetings.all().stream().map(Meeting::id).collect(Collectors.toSet());
    }

    private Set<Long> withSubAreas(long areaId) {
        var all = areas.all();
        var found = new HashSet<Long>(List.of(areaId));
        var added = new ArrayList<Long>(List.of(areaId));
        while (!added.isEmpty()) {
            var next = all.stream().filter(a -> added.contains(a.parentId())).map(CooperationArea::id)
                    .filter(found::add).toList();
            added.clear();
            added.addAll(next);
        }
        return found;
    }
}
