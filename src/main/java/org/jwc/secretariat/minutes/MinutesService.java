package org.jwc.secretariat.minutes;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.AuditLog;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host party's secretary opens, writes, closes and reopens the minutes; each party's secretary
 * writes its own statement, and its secretary or leader confirms it. A party's unsubmitted
 * statement is seen by that party only, in every read and in the history. Closed minutes refuse
 * every change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class MinutesService {

    static final String SECRETARY = "hasRole('SECRETARY')";
    static final String CONFIRMERS = "hasAnyRole('SECRETARY', 'LEADER')";
    /** The minutes can be prepared before the session (delegations, statements) and finished after it. */
    static final EnumSet<Phase> KEPT = EnumSet.complementOf(EnumSet.of(Phase.CONCLUDED));

    private final MinutesRecords minutes;
    private final MinutesSections sections;
    private final MinutesOutline outline;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MinutesService(MinutesRecords minutes, MinutesSections sections, MinutesOutline outline, MeetingService meetings,
            CurrentUser currentUser, AuditLog auditLog, Clock clock, ApplicationEventPublisher events) {
        this.minutes = minutes;
        this.sections = sections;
        this.outline = outline;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    public Optional<Minutes> find(long meetingId) {
        meetings.get(meetingId);
        return minutes.findByMeetingId(meetingId);
    }

    /** The sections this user may read, in order: all shared ones, and their own party's draft statement. */
    public List<MinutesSection> sections(long meetingId) {
        meetings.get(meetingId);
        var partyId = currentUser.require().partyId();
        return partyId == null ? sections.findByMeetingIdAndSharedTrueOrderByPositionAsc(meetingId)
                : sections.visibleTo(meetingId, partyId);
    }

    /** The parties whose statement this user cannot read yet: still their own draft. */
    public List<Long> statementsNotShared(long meetingId) {
        meetings.get(meetingId);
        return sections.findByMeetingIdOrderByPositionAsc(meetingId).stream()
                .filter(s -> s.kind() == SectionKind.STATEMENT && !s.shared() && !isOwnStatement(s))
                .map(MinutesSection::partyId)
                .toList();
    }

    public MinutesSection section(long id) {
        var section = sections.findById(id).orElseThrow(() -> new RefusedException("error.notFound"));
        // Another committee's section is unknown here, before whose statement it is.
        meetings.get(section.meetingId());
        if (!section.shared() && !isOwnStatement(section)) {
            throw new AccessDeniedException("error.otherParty");
        }
        return section;
    }

    /** Every saved state of a section, oldest first; other parties see none of a statement's draft states. */
    public List<SectionRevision> history(long sectionId) {
        var section = section(sectionId);
        var own = isOwnStatement(section);
        return auditLog.revisions(MinutesSection.class, sectionId, SectionRevision::new).stream()
                .filter(r -> own || r.state().shared())
                .toList();
    }

    /** The host starts the minutes: sections from the parties, the official agenda and the next meeting. */
    @Transactional
    @PreAuthorize(SECRETARY)
    public Minutes open(long meetingId) {
        var meeting = hostsMeeting(meetingId);
        if (minutes.findByMeetingId(meetingId).isPresent()) {
            throw new RefusedException("minutes.error.alreadyOpen");
        }
        var opened = minutes.saveAndFlush(new Minutes(meetingId));
        outline.sectionsFor(meeting).forEach(this::saved);
        events.publishEvent(opened.changed());
        return opened;
    }

    /** Adds a discussion section for each item placed on the official agenda since the minutes were opened. */
    @Transactional
    @PreAuthorize(SECRETARY)
    public int addAgendaSections(long meetingId) {
        var meeting = hostsMeeting(meetingId);
        openMinutes(meetingId);
        var added = outline.missingDiscussions(meeting, sections.findByMeetingIdOrderByPositionAsc(meetingId));
        added.forEach(this::saved);
        return added.size();
    }

    /**
     * Writes a section: a party's statement by that party's secretary or by the host's; any other
     * section by the host's. An edit of a confirmed statement asks its party to confirm again.
     */
    @Transactional
    @PreAuthorize(SECRETARY)
    public MinutesSection write(long sectionId, long expectedVersion, SectionText text) {
        var section = writable(sectionId, expectedVersion);
        var meeting = meetings.get(section.meetingId());
        boolean confirmAgain;
        if (isOwnStatement(section)) {
            confirmAgain = section.writeAsItsParty(text);
        } else if (currentUser.isOwnParty(meeting.hostPartyId())) {
            confirmAgain = section.writeAsHost(text);
        } else {
            throw new AccessDeniedException(section.kind() == SectionKind.STATEMENT ? "error.otherParty" : "minutes.error.hostOnly");
        }
        var saved = saved(section);
        if (confirmAgain) {
            askToConfirm(saved, meeting, false);
        }
        return saved;
    }

    /** Restores an earlier revision's heading and body as a new revision, under the same rules as writing. */
    @Transactional
    @PreAuthorize(SECRETARY)
    public MinutesSection restore(long sectionId, long expectedVersion, long revisionId) {
        var earlier = history(sectionId).stream().filter(r -> r.revision().id() == revisionId).findFirst()
                .orElseThrow(() -> new RefusedException("error.notFound"));
        return write(sectionId, expectedVersion, earlier.state().text());
    }

    /** The party's secretary shares its draft statement with every party, confirming it. */
    @Transactional
    @PreAuthorize(SECRETARY)
    public MinutesSection submitStatement(long sectionId, long expectedVersion) {
        var section = ownStatement(sectionId, expectedVersion);
        section.submit(currentUser.require().fullName(), clock.instant());
        return saved(section);
    }

    @Transactional
    @PreAuthorize(CONFIRMERS)
    public MinutesSection confirm(long sectionId, long expectedVersion) {
        var section = ownStatement(sectionId, expectedVersion);
        section.confirm(currentUser.require().fullName(), clock.instant());
        return saved(section);
    }

    /** The host closes the minutes once every party has confirmed its statement; closed, they are locked. */
    @Transactional
    @PreAuthorize(SECRETARY)
    public Minutes close(long meetingId, long expectedVersion) {
        hostsMeeting(meetingId);
        var record = openMinutes(meetingId);
        record.requireVersion(expectedVersion);
        var notReady = sections.findByMeetingIdOrderByPositionAsc(meetingId).stream().filter(s -> !s.readyToClose()).count();
        if (notReady > 0) {
            throw new RefusedException("minutes.error.notReady", notReady);
        }
        record.close(currentUser.require().fullName(), clock.instant());
        var saved = savedMinutes(record);
        events.publishEvent(new MinutesClosed(meetingId));
        return saved;
    }

    /** The host reopens closed minutes, with a reason; every party confirms its statement again. */
    @Transactional
    @PreAuthorize(SECRETARY)
    public Minutes reopen(long meetingId, long expectedVersion, @Nullable String reason) {
        var meeting = hostsMeeting(meetingId);
        var record = minutes.findByMeetingId(meetingId).orElseThrow(() -> new RefusedException("minutes.error.notOpen"));
        record.requireVersion(expectedVersion);
        record.reopen(reason);
        for (var section : sections.findByMeetingIdOrderByPositionAsc(meetingId)) {
            if (section.kind() == SectionKind.STATEMENT) {
                section.resetConfirmation();
                askToConfirm(saved(section), meeting, true);
            }
        }
        return savedMinutes(record);
    }

    /** Refuses changes to closed minutes, and to minutes not yet opened. */
    Minutes openMinutes(long meetingId) {
        var record = minutes.findByMeetingId(meetingId).orElseThrow(() -> new RefusedException("minutes.error.notOpen"));
        record.requireOpen();
        return record;
    }

    /** Refuses changes once the minutes are closed; before they are opened, parties may already prepare. */
    void requireNotClosed(long meetingId) {
        minutes.findByMeetingId(meetingId).ifPresent(Minutes::requireOpen);
    }

    private MinutesSection writable(long sectionId, long expectedVersion) {
        var section = section(sectionId);
        meetings.inPhase(section.meetingId(), KEPT);
        openMinutes(section.meetingId());
        section.requireVersion(expectedVersion);
        return section;
    }

    private MinutesSection ownStatement(long sectionId, long expectedVersion) {
        var section = writable(sectionId, expectedVersion);
        if (!isOwnStatement(section)) {
            throw new AccessDeniedException("error.otherParty");
        }
        return section;
    }

    private boolean isOwnStatement(MinutesSection section) {
        return section.kind() == SectionKind.STATEMENT && section.partyId() != null && currentUser.isOwnParty(section.partyId());
    }

    /** Where a notification about the minutes leads. */
    static String link(Meeting meeting) {
        return "meetings/" + meeting.number() + "/minutes";
    }

    private Meeting hostsMeeting(long meetingId) {
        var meeting = meetings.inPhase(meetingId, KEPT);
        if (!currentUser.isOwnParty(meeting.hostPartyId())) {
            throw new AccessDeniedException("minutes.error.hostOnly");
        }
        return meeting;
    }

    private void askToConfirm(MinutesSection section, Meeting meeting, boolean reopened) {
        var editor = currentUser.require();
        events.publishEvent(new StatementToConfirm(meeting.id(), section.id(), Objects.requireNonNull(section.partyId()), editor.userId(), editor.fullName(),
                editor.partyId(), meeting.title(), link(meeting), reopened));
    }

    private MinutesSection saved(MinutesSection section) {
        var saved = sections.saveAndFlush(section);
        events.publishEvent(saved.changed());
        return saved;
    }

    private Minutes savedMinutes(Minutes record) {
        var saved = minutes.saveAndFlush(record);
        events.publishEvent(saved.changed());
        return saved;
    }
}
