package org.jwc.secretariat.proposal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.AuditLog;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.meeting.MeetingService;
import org.jwc.secretariat.meeting.Phase;
import org.jwc.secretariat.security.CurrentUser;
import org.jwc.secretariat.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negotiation of submitted proposals: the secretary of each addressed party gives its position,
 * everyone who may see a proposal sees the responses, and the host party's secretary puts it under
 * discussion and then records the outcome: the same steps for every scope (ADR 0019). Nothing
 * changes once the meeting has moved on to drafting its communiqué.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class NegotiationService {

    private static final EnumSet<Phase> NEGOTIATING = EnumSet.of(Phase.PREPARATION, Phase.NEGOTIATION, Phase.IN_SESSION);

    private final ProposalService proposals;
    private final ProposalResponses responses;
    private final AgreedTexts agreedTexts;
    private final ProposalChanges changes;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    NegotiationService(ProposalService proposals, ProposalResponses responses, AgreedTexts agreedTexts,
            ProposalChanges changes, MeetingService meetings, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.proposals = proposals;
        this.responses = responses;
        this.agreedTexts = agreedTexts;
        this.changes = changes;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<ProposalResponse> responses(long proposalId) {
        proposals.get(proposalId);
        return responses.findByProposalIdOrderByPartyId(proposalId);
    }

    /** Every saved state of a party's response to a proposal, oldest first; empty while it has none. */
    public List<ResponseRevision> responseHistory(long proposalId, long partyId) {
        proposals.get(proposalId);
        return responses.findByProposalIdAndPartyId(proposalId, partyId)
                .map(response -> auditLog.revisions(ProposalResponse.class, response.id(), ResponseRevision::new))
                .orElse(List.of());
    }

    /** The party's response to a proposal as last saved. */
    public Optional<ProposalResponse> responseOf(long proposalId, long partyId) {
        proposals.get(proposalId);
        return responses.findByProposalIdAndPartyId(proposalId, partyId);
    }

    /**
     * One page of the meeting's proposals with every addressed party's position: three statements a
     * page whatever its size (the proposals, the parties they address in one batch, their responses);
     * ProposalQueryCountTest keeps it so.
     */
    public List<MatrixRow> matrix(long meetingId, ProposalFilter filter, int offset, int limit) {
        var page = proposals.visible(meetingId, filter, offset, limit);
        var byProposal = responses.findByProposalIdIn(page.stream().map(Proposal::id).toList()).stream()
                .collect(Collectors.groupingBy(ProposalResponse::proposalId,
                        Collectors.toMap(ProposalResponse::partyId, ProposalResponse::position)));
        return page.stream().map(p -> new MatrixRow(p, byProposal.getOrDefault(p.id(), Map.of()))).toList();
    }

    /**
     * Gives or revises the own party's position on a proposal addressed to it, before and during its
     * discussion; a response leaves the proposal's status to the host. {@code expectedVersion} is the
     * version of the party's earlier response.
     */
    @Transactional
    @PreAuthorize(ProposalService.SECRETARY)
    public ProposalResponse respond(long proposalId, @Nullable Long expectedVersion, ResponseDraft draft) {
        var proposal = proposals.get(proposalId);
        var partyId = currentUser.ownPartyId();
        if (!proposal.addresses(partyId)) {
            throw new AccessDeniedException("proposal.error.notAddressed");
        }
        meetings.inPhase(proposal.meetingId(), NEGOTIATING);
        proposal.require(EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_DISCUSSION));
        var response = responses.findByProposalIdAndPartyId(proposalId, partyId)
                .orElseGet(() -> new ProposalResponse(proposalId, partyId));
        if (response.getId() != null) {
            response.requireVersion(expectedVersion == null ? -1 : expectedVersion);
        }
        response.write(draft);
        var saved = responses.saveAndFlush(response);
        changes.responded(proposal, partyId);
        return saved;
    }

    /** The host puts a submitted proposal under discussion, whatever its scope and whether or not anyone has responded. */
    @Transactional
    @PreAuthorize(ProposalService.SECRETARY)
    public Proposal openDiscussion(long proposalId, long expectedVersion) {
        var proposal = hostsProposal(proposalId, expectedVersion);
        proposal.openDiscussion();
        return changes.save(proposal);
    }

    /**
     * Records the outcome. An agreement as amended names a counterpart's response with an amended
     * text of this proposal, or brings the host's own wording, kept with its author.
     */
    @Transactional
    @PreAuthorize(ProposalService.SECRETARY)
    public Proposal decide(long proposalId, long expectedVersion, OutcomeDraft draft) {
        var proposal = hostsProposal(proposalId, expectedVersion);
        if (draft.amendedResponseId() != null && draft.outcome() == ProposalStatus.AGREED_AMENDED) {
            responses.findById(draft.amendedResponseId())
                    .filter(r -> r.proposalId() == proposalId && r.position() == Position.SUPPORT_WITH_CHANGES)
                    .orElseThrow(() -> RefusedException.badInput("amendedResponse", "proposal.error.chooseAmendment"));
        }
        proposal.decide(draft);
        if (proposal.agreedInHostWording()) {
            var user = currentUser.require();
            agreedTexts.keep(new HostWording(proposalId, currentUser.ownPartyId(), user.getUsername(), user.fullName(),
                    clock.instant(), draft.hostWording()));
        }
        return changes.save(proposal);
    }

    /** The text the meeting agreed and who wrote it: the proposal's own, the chosen amendment or the host's wording. */
    public AgreedText agreedText(long proposalId) {
        var proposal = proposals.get(proposalId);
        if (proposal.status() != ProposalStatus.AGREED && proposal.status() != ProposalStatus.AGREED_AMENDED) {
            throw new RefusedException("proposal.error.notAgreed");
        }
        var text = agreedTexts.of(List.of(proposal)).get(proposal.id());
        if (text == null) {
            throw new RefusedException("error.notFound");
        }
        return text;
    }

    /** The meeting's agreed proposals with their agreed texts, in four queries whatever their number. */
    public List<AgreedProposal> agreed(long meetingId) {
        var agreed = new ArrayList<Proposal>();
        for (var status : List.of(ProposalStatus.AGREED, ProposalStatus.AGREED_AMENDED)) {
            agreed.addAll(proposals.visible(meetingId, new ProposalFilter(null, null, status), 0, Integer.MAX_VALUE));
        }
        var texts = agreedTexts.of(agreed);
        return agreed.stream().map(p -> new AgreedProposal(p, texts.get(p.id()).text())).toList();
    }

    private Proposal hostsProposal(long proposalId, long expectedVersion) {
        var proposal = proposals.get(proposalId);
        var meeting = meetings.inPhase(proposal.meetingId(), NEGOTIATING);
        if (!currentUser.isOwnParty(meeting.hostPartyId())) {
            throw new AccessDeniedException("proposal.error.hostOnly");
        }
        proposal.requireVersion(expectedVersion);
        return proposal;
    }
}
