package org.jwc.secretariat.meeting;

import static org.jwc.secretariat.base.Validation.officialLanguages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.Roles;
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
    private final Clock clock;

    MeetingService(Meetings meetings, PartyService parties, Clock clock) {
        this.meetings = meetings;
        this.parties = parties;
        this.clock = clock;
    }

    /** Latest meeting first. */
    public List<Meeting> all() {
        return meetings.findAllByOrderByNumberDesc();
    }

    public Optional<Meeting> findByNumber(int number) {
        return meetings.findByNumber(number);
    }

    public Meeting get(long id) {
        return meetings.findById(id).orElseThrow(() -> new RefusedException("error.notFound"));
    }

    /** Host and co-chair that the rotation rule proposes for the meeting after the latest. */
    public Optional<NextMeeting> proposeNext() {
        var today = LocalDate.now(clock);
        var members = parties.all().stream()
                .map(p -> new HostRotation.Member(p.id(), p.side(), p.hostOrder(), p.successorId(), p.isActiveOn(today)))
                .toList();
        var history = meetings.findAll().stream().map(m -> new HostRotation.Held(m.number(), m.hostPartyId())).toList();
        return new HostRotation(members).proposeAfter(history)
                .map(p -> new NextMeeting(p.number(), p.hostId(), p.coChairId()));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Meeting create(MeetingDetails details) {
        return meetings.save(new Meeting(validate(details, null)));
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Meeting update(long id, long expectedVersion, MeetingDetails details) {
        var meeting = get(id);
        meeting.requireVersion(expectedVersion);
        meeting.update(validate(details, id));
        return meetings.saveAndFlush(meeting);
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN)
    public Meeting changePhase(long id, long expectedVersion, Phase phase) {
        var meeting = get(id);
        meeting.requireVersion(expectedVersion);
        meeting.moveTo(phase);
        return meetings.saveAndFlush(meeting);
    }

    private MeetingDetails validate(MeetingDetails d, @Nullable Long id) {
        if (d.number() < 1) {
            throw RefusedException.badInput("number", "validation.positive");
        }
        meetings.findByNumber(d.number()).filter(other -> id == null || other.id() != id).ifPresent(other -> {
            throw RefusedException.badInput("number", "meeting.error.numberTaken", d.number());
        });
        officialLanguages("title", d.title(), 500);
        required("startsAt", d.startsAt());
        required("endsAt", d.endsAt());
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
