package org.jwc.secretariat.proposal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jwc.secretariat.area.AreaService;
import org.jwc.secretariat.base.AuditLog;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.Meeting;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.party.PartyService;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Role;
import org.jwc.secretariat.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each party drafts its own proposals (delegates and secretaries); its secretary submits them
 * before the meeting's deadline, revises them while they are discussed, or withdraws them. A draft
 * and the internal background are seen only by the owner party, in every read and in the history.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class ProposalService {

    static final String DRAFTERS = "hasAnyRole('DELEGATE', 'SECRETARY')";
    static final String SECRETARY = "hasRole('SECRETARY')";
    private static final EnumSet<Phase> DRAFTING = EnumSet.of(Phase.PREPARATION, Phase.NEGOTIATION);
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Proposals proposals;
    private final ProposalBackgrounds backgrounds;
    private final Addressees addressees;
    private final AreaService areas;
    private final MeetingService meetings;
    private final PartyService parties;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ProposalChanges changes;
    private final FollowedUpCommitments commitments;

    ProposalService(Proposals proposals, ProposalBackgrounds backgrounds, Addressees addressees, AreaService areas,
            MeetingService meetings, PartyService parties, CurrentUser currentUser, AuditLog auditLog,
            Clock clock, ProposalChanges changes, FollowedUpCommitments commitments) {
        this.proposals = proposals;
        this.backgrounds = backgrounds;
        this.addressees = addressees;
        this.areas = areas;
        this.meetings = meetings;
        this.parties = parties;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.changes = changes;
        this.commitments = commitments;
    }

    /** One page of the meeting's proposals this user may see, by owner party. */
    public List<Proposal> visible(long meetingId, ProposalFilter filter, int offset, int limit) {
        meetings.get(meetingId);
        return proposals.visibleTo(meetingId, currentUser.require().partyId(), filter.areaId(),
                filter.ownerPartyId(), filter.status(), PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)));
    }

    public long countVisible(long meetingId, ProposalFilter filter) {
        meetings.get(meetingId);
        return proposals.countVisibleTo(meetingId, currentUser.require().partyId(), filter.areaId(),
                filter.ownerPartyId(), filter.status());
    }

    public Proposal get(long id) {
        var proposal = proposal(id);
        // Another party's draft is answered as an unknown id: nobody can count or follow others' drafts.
        if (proposal.status() == ProposalStatus.DRAFT && !currentUser.isOwnParty(proposal.ownerPartyId())) {
            throw new RefusedException("error.notFound");
        }
        return proposal;
    }

    /** The internal background; only the owner party ever reads it. */
    public Optional<String> background(long id) {
        var proposal = get(id);
        currentUser.requireOwnParty(proposal.ownerPartyId());
        return backgrounds.findByProposalId(id).map(ProposalBackground::text);
    }

    /** Every saved state, oldest first; other parties see none of the states it had as a draft. */
    public List<ProposalRevision> history(long id) {
        var proposal = get(id);
        var owner = currentUser.isOwnParty(proposal.ownerPartyId());
        return auditLog.revisions(Proposal.class, id, ProposalRevision::new).stream()
                .filter(r -> owner || r.state().status() != ProposalStatus.DRAFT)
                .toList();
    }

    /** The commitments a proposal of the meeting may follow up: those the meeting reviews. */
    public List<FollowedUp> commitmentsUnderReview(long meetingId) {
        return commitments.underReview(meetingId);
    }

    /** The commitment the proposal follows up, if it names one. */
    public Optional<FollowedUp> followedUp(Proposal proposal) {
        var id = proposal.followsUpCommitmentId();
        return id == null ? Optional.empty() : commitments.find(id);
    }

    @Transactional
    @PreAuthorize(DRAFTERS)
    public Proposal draft(long meetingId, ProposalDraft draft) {
        var meeting = meetings.inPhase(meetingId, DRAFTING);
        var proposal = new Proposal(meeting.id(), currentUser.ownPartyId());
        requireKnownArea(draft);
        requireEarlierCommitment(meeting, draft);
        proposal.write(draft, addressees.of(meeting, proposal.ownerPartyId(), draft));
        var saved = changes.save(proposal);
        writeBackground(saved.id(), draft);
        return saved;
    }

    /** Delegates edit drafts; once submitted, only the secretary revises the party's text. */
    @Transactional
    @PreAuthorize(DRAFTERS)
    public Proposal edit(long id, long expectedVersion, ProposalDraft draft) {
        var proposal = ownProposal(id, expectedVersion, DRAFTING);
        if (proposal.status() != ProposalStatus.DRAFT && !currentUser.require().hasRole(Role.SECRETARY)) {
            throw new AccessDeniedException("proposal.error.secretaryRevises");
        }
        var meeting = meetings.get(proposal.meetingId());
        requireKnownArea(draft);
        requireEarlierCommitment(meeting, draft);
        proposal.write(draft, addressees.of(meeting, proposal.ownerPartyId(), draft));
        writeBackground(id, draft);
        return changes.save(proposal);
    }

    /** Submits before the meeting's proposal deadline, as the administrator or host may have extended it. */
    @Transactional
    @PreAuthorize(SECRETARY)
    public Proposal submit(long id, long expectedVersion) {
        var proposal = ownProposal(id, expectedVersion, DRAFTING);
        var meeting = meetings.get(proposal.meetingId());
        requireBeforeDeadline(meeting);
        proposal.submit();
        return changes.submitted(proposal);
    }

    @Transactional
    @PreAuthorize(SECRETARY)
    public Proposal withdraw(long id, long expectedVersion) {
        var proposal = ownProposal(id, expectedVersion, EnumSet.of(Phase.PREPARATION, Phase.NEGOTIATION, Phase.IN_SESSION));
        proposal.withdraw();
        return changes.save(proposal);
    }

    /**
     * The own party's proposals that the previous meeting deferred and nobody has carried over yet,
     * offered while this meeting prepares (later, new proposals are no longer drafted from them);
     * none for a user of no party.
     */
    public List<Proposal> deferredToCarryOver(long meetingId) {
        var partyId = currentUser.require().partyId();
        var meeting = meetings.get(meetingId);
        if (partyId == null || meeting.phase() != Phase.PREPARATION) {
            return List.of();
        }
        return meetings.findByNumber(meeting.number() - 1)
                .map(previous -> proposals.deferredNotCarriedOver(previous.id(), partyId))
                .orElse(List.of());
    }

    /**
     * Carries the own party's deferred proposal over, once, to the next meeting while that prepares:
     * a new draft with its texts, area, scope, the counterparts still taking part, follow-up and
     * background, linking back to the original, whose own history stays as it was.
     */
    @Transactional
    @PreAuthorize(DRAFTERS)
    public Proposal carryOver(long proposalId) {
        var original = proposal(proposalId);
        currentUser.requireOwnParty(original.ownerPartyId());
        original.require(EnumSet.of(ProposalStatus.DEFERRED));
        var number = meetings.get(original.meetingId()).number() + 1;
        var next = meetings.findByNumber(number)
                .orElseThrow(() -> new RefusedException("proposal.error.noNextMeeting", number));
        meetings.inPhase(next.id(), EnumSet.of(Phase.PREPARATION));
        // The unique key on carried_from_id refuses a second copy made at the same moment as this one.
        if (proposals.existsByCarriedFromId(proposalId)) {
            throw new RefusedException("proposal.error.carriedOver", number);
        }
        var background = backgrounds.findByProposalId(proposalId).map(ProposalBackground::text).orElse(null);
        var draft = addressees.stillTakingPart(next, original.ownerPartyId(), original.asDraft(background));
        var copy = original.carriedInto(next.id());
        copy.write(draft, addressees.of(next, copy.ownerPartyId(), draft));
        var saved = changes.save(copy);
        writeBackground(saved.id(), draft);
        return saved;
    }

    private void requireBeforeDeadline(Meeting meeting) {
        var deadline = meeting.proposalDeadline();
        if (deadline != null && clock.instant().isAfter(deadline)) {
            var zone = parties.currentUserZone();
            throw new RefusedException("proposal.error.deadlinePassed",
                    DEADLINE.format(deadline.atZone(zone)) + " (" + zone.getId() + ")");
        }
    }

    private void requireKnownArea(ProposalDraft draft) {
        if (draft.areaId() != null && !areas.exists(draft.areaId())) {
            throw RefusedException.badInput("areaId", "error.notFound");
        }
    }

    /** A proposal follows up what an earlier meeting committed to, not a commitment of its own meeting or a later one. */
    private void requireEarlierCommitment(Meeting meeting, ProposalDraft draft) {
        var id = draft.followsUpCommitmentId();
        if (id != null && commitments.find(id).filter(c -> c.meetingNumber() < meeting.number()).isEmpty()) {
            throw RefusedException.badInput("followsUpCommitmentId", "proposal.error.unknownCommitment");
        }
    }

    private void writeBackground(long proposalId, ProposalDraft draft) {
        var background = backgrounds.findByProposalId(proposalId).orElseGet(() -> new ProposalBackground(proposalId));
        if (draft.background() != null || background.getId() != null) {
            background.write(draft.background());
            backgrounds.save(background);
        }
    }

    /** The user's own party's proposal, in a meeting in one of the given phases, as last seen. */
    private Proposal ownProposal(long id, long expectedVersion, EnumSet<Phase> phases) {
        var proposal = proposal(id);
        currentUser.requireOwnParty(proposal.ownerPartyId());
        meetings.inPhase(proposal.meetingId(), phases);
        proposal.requireVersion(expectedVersion);
        return proposal;
    }

    /** The proposal, if its meeting is the committee's: another committee's is refused as an unknown id, before any other rule. */
    private Proposal proposal(long id) {
        var proposal = proposals.findById(id).orElseThrow(() -> new RefusedException("error.notFound"));
        meetings.get(proposal.meetingId());
        return proposal;
    }
}
