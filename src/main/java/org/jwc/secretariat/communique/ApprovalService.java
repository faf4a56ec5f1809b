package org.jwc.secretariat.communique;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.base.Validation;
import org.jwc.secretariat.communique.CommuniqueMilestone.Milestone;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.meeting.PhaseReached;
import org.jwc.secretariat.party.Party;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions and approval. The host's secretary circulates the working text as an immutable version;
 * each taking-part party's leader approves that exact version (by its SHA-256) or returns it with
 * comments. A newer version makes older decisions stale. When every party's leader has approved
 * the latest version, the communiqué is final and the meeting concluded. Circulating and deciding
 * lock the communiqué, so they never interleave: two leaders deciding at once both count, and no
 * approval can land on a version that was superseded while the leader read it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class ApprovalService {

    private final Communiques communiques;
    private final CommuniqueVersions versions;
    private final Approvals approvals;
    private final CommuniqueAccess access;
    private final WorkingText workingText;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApprovalService(Communiques communiques, CommuniqueVersions versions, Approvals approvals, CommuniqueAccess access,
            WorkingText workingText, MeetingService meetings, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events) {
        this.communiques = communiques;
        this.versions = versions;
        this.approvals = approvals;
        this.access = access;
        this.workingText = workingText;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The circulated versions, oldest first. */
    public List<CommuniqueVersion> versions(long meetingId) {
        meetings.get(meetingId);
        return communiques.findByMeetingId(meetingId)
                .map(c -> versions.findByCommuniqueIdOrderByNumberAsc(c.id()))
                .orElse(List.of());
    }

    public Optional<CommuniqueVersion> latest(long meetingId) {
        meetings.get(meetingId);
        return communiques.findByMeetingId(meetingId).flatMap(c -> versions.findFirstByCommuniqueIdOrderByNumberDesc(c.id()));
    }

    /** The committee's version; another committee's is refused as an unknown id (the communiqué is not loaded: deciding locks it next). */
    public CommuniqueVersion version(long versionId) {
        var version = versions.findById(versionId).orElseThrow(() -> new RefusedException("error.notFound"));
        access.requireOfCommittee(version.communiqueId());
        return version;
    }

    /** A version's frozen text. */
    public CommuniqueText text(long versionId) {
        return Canonical.read(version(versionId).content());
    }

    /** Every decision on the communiqué, in the order they were taken. */
    public List<Approval> decisions(long meetingId) {
        meetings.get(meetingId);
        return communiques.findByMeetingId(meetingId)
                .map(c -> approvals.findByCommuniqueIdOrderByDecidedAtAsc(c.id()))
                .orElse(List.of());
    }

    /** Each taking-part party's latest decision, marked stale when it was on an older version. */
    public List<PartyStanding> standing(long meetingId) {
        var latest = latest(meetingId).map(CommuniqueVersion::id).orElse(null);
        var decisions = decisions(meetingId);
        return access.takingPart(meetings.get(meetingId)).stream().map(party -> {
            var own = decisions.stream().filter(a -> a.partyId() == party.id())
                    .reduce((a, b) -> b.decidedAt().isBefore(a.decidedAt()) ? a : b).orElse(null);
            return new PartyStanding(party, own, own != null && !Long.valueOf(own.versionId()).equals(latest));
        }).toList();
    }

    /** Freezes the working text as the next version, unless it is the same as the latest one. */
    @Transactional
    @PreAuthorize(CommuniqueService.SECRETARY)
    public CommuniqueVersion circulate(long meetingId) {
        meetings.get(meetingId);
        var communique = communiques.lockByMeetingId(meetingId).orElseThrow(() -> new RefusedException("communique.error.none"));
        communique.requireDraft();
        var meeting = access.hostOf(meetings.inPhase(meetingId, CommuniqueAccess.EDITABLE));
        var text = workingText.of(communique, meeting);
        var canonical = Canonical.of(text);
        var latest = versions.findFirstByCommuniqueIdOrderByNumberDesc(communique.id());
        if (latest.isPresent() && latest.get().sha256().equals(canonical.sha256())) {
            throw new RefusedException("communique.error.unchanged", latest.get().number());
        }
        var number = latest.map(v -> v.number() + 1).orElse(1);
        var version = versions.saveAndFlush(new CommuniqueVersion(communique.id(), number, canonical, text,
                currentUser.require().getUsername(), clock.instant()));
        events.publishEvent(new PhaseReached(meetingId, Phase.APPROVAL));
        events.publishEvent(communique.changed());
        events.publishEvent(milestone(Milestone.CIRCULATED, meeting, access.takingPart(meeting).stream().map(Party::id).toList()));
        return version;
    }

    /**
     * A leader's decision for their own party on a version, which must be the latest circulated and
     * have the hash the leader was shown. Approving needs no pending pair and no open bracket;
     * returning needs a comment.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    // A leader's approval is what an adversary aims at: only after the second factor (ADR 0022).
    @PreAuthorize("hasRole('LEADER') and @currentUser.hasItsFactors()")
    public Approval decide(long versionId, @Nullable String sha256, @Nullable Decision decision, @Nullable String comment) {
        var version = version(versionId);
        var communique = communiques.lockById(version.communiqueId()).orElseThrow(() -> new RefusedException("error.notFound"));
        communique.requireDraft();
        var meeting = meetings.inPhase(communique.meetingId(), EnumSet.of(Phase.APPROVAL));
        var partyId = currentUser.ownPartyId();
        var taking = access.takingPart(meeting);
        if (taking.stream().noneMatch(p -> p.id() == partyId)) {
            throw new AccessDeniedException("communique.error.notTakingPart");
        }
        var latest = versions.findFirstByCommuniqueIdOrderByNumberDesc(communique.id()).orElseThrow();
        if (latest.id() != version.id()) {
            throw new RefusedException("communique.error.superseded", version.number(), latest.number());
        }
        if (!version.sha256().equals(sha256)) {
            throw new RefusedException("communique.error.hashMismatch");
        }
        if (decision == null) {
            throw RefusedException.badInput("decision", "validation.required");
        }
        if (decision == Decision.APPROVED && !version.approvable()) {
            throw new RefusedException("communique.error.notApprovable", version.pendingPairs(), version.openBrackets());
        }
        var note = decision == Decision.RETURNED ? Validation.required("comment", comment, 4000)
                : Validation.optional("comment", comment, 4000);
        var user = currentUser.require();
        var approval = approvals.findByVersionIdAndPartyId(versionId, partyId)
                .orElseGet(() -> new Approval(communique.id(), version, partyId));
        approval.decide(decision, note, user.getUsername(), user.fullName(), clock.instant());
        var saved = approvals.saveAndFlush(approval);
        var approvedBy = approvals.findByVersionId(versionId).stream().filter(Approval::approved).map(Approval::partyId).toList();
        if (taking.stream().allMatch(p -> approvedBy.contains(p.id()))) {
            communique.makeFinal(version.id(), clock.instant());
            communiques.saveAndFlush(communique);
            events.publishEvent(new CommuniqueFinal(meeting.id(), communique.id(), version.id()));
            // The meeting concludes with its texts final; open minutes keep it open until the host closes them (ADR 0017).
            if (meetings.mayConclude(meeting.id())) {
                events.publishEvent(new PhaseReached(meeting.id(), Phase.CONCLUDED));
            }
            events.publishEvent(milestone(Milestone.FINAL, meeting, taking.stream().map(Party::id).toList()));
        } else if (decision == Decision.RETURNED) {
            events.publishEvent(milestone(Milestone.RETURNED, meeting, List.of(meeting.hostPartyId())));
        }
        events.publishEvent(communique.changed());
        return saved;
    }

    private CommuniqueMilestone milestone(Milestone milestone, Meeting meeting, List<Long> partyIds) {
        var user = currentUser.require();
        return new CommuniqueMilestone(milestone, meeting.id(), partyIds, user.userId(), user.fullName(), user.partyId(),
                meeting.title(), CommuniqueAccess.link(meeting));
    }
}
