package org.jwc.secretariat.proposal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.AuditLog;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.LocalizedText;
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
 * everyone who may see a proposal sees the responses, and the host party's secretary records the
 * outcome. Nothing changes once the meeting has moved on to drafting its communiqué.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class NegotiationService {

    private static final EnumSet<Phase> NEGOTIATING = EnumSet.of(Phase.PREPARATION, Phase.NEGOTIATION, Phase.IN_SESSION);

    private final ProposalService proposals;
    private final ProposalResponses responses;
    private final ProposalChanges changes;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    NegotiationService(ProposalService proposals, ProposalResponses responses, ProposalChanges changes,
            MeetingService meetings, CurrentUser currentUser, AuditLog auditLog) {
        this.proposals = proposals;
        this.responses = responses;
        this.changes = changes;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
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
     * Gives or revises the own party's position on a proposal addressed to it; the first response
     * opens the discussion. {@code expectedVersion} is the version of the party's earlier response.
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
        if (proposal.status() == ProposalStatus.SUBMITTED) {
            proposal.openDiscussion();
        }
        var saved = responses.saveAndFlush(response);
        changes.responded(proposal, partyId);
        return saved;
    }

    @Transactional
    @PreAuthorize(ProposalService.SECRETARY)
    public Proposal openDiscussion(long proposalId, long expectedVersion) {
        var proposal = hostsProposal(proposalId, expectedVersion);
        proposal.openDiscussion();
        return changes.save(proposal);
    }

    /**
     * Records the outcome with its reason; an agreement as amended names the response whose
     * amended text was agreed.
     */
    @Transactional
    @PreAuthorize(ProposalService.SECRETARY)
    public Proposal decide(long proposalId, long expectedVersion, @Nullable ProposalStatus outcome, @Nullable String reason,
            @Nullable Long amendedResponseId) {
        var proposal = hostsProposal(proposalId, expectedVersion);
        if (amendedResponseId != null && outcome == ProposalStatus.AGREED_AMENDED) {
            responses.findById(amendedResponseId)
                    .filter(r -> r.proposalId() == proposalId && r.position() == Position.SUPPORT_WITH_CHANGES)
                    .orElseThrow(() -> RefusedException.badInput("amendedResponse", "proposal.error.chooseAmendment"));
        }
        proposal.decide(outcome, reason, amendedResponseId);
        return changes.save(proposal);
    }

    /** The text the meeting agreed: the proposal's own, or the chosen amendment's. */
    public LocalizedText agreedText(long proposalId) {
        var proposal = proposals.get(proposalId);
        return switch (proposal.status()) {
            case AGREED -> proposal.text();
            case AGREED_AMENDED -> responses.findById(proposal.agreedResponseId()).map(ProposalResponse::amendedText)
                    .orElseThrow(() -> new RefusedException("error.notFound"));
            default -> throw new RefusedException("proposal.error.notAgreed");
        };
    }

    /** The meeting's agreed proposals with their agreed texts, in three queries whatever their number. */
    public List<AgreedProposal> agreed(long meetingId) {
        var agreed = new ArrayList<Proposal>();
        for (var status : List.of(ProposalStatus.AGREED, ProposalStatus.AGREED_AMENDED)) {
            agreed.addAll(proposals.visible(meetingId, new ProposalFilter(null, null, status), 0, Integer.MAX_VALUE));
        }
        var amended = responses.findAllById(agreed.stream().map(Proposal::agreedResponseId).filter(Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(ProposalResponse::id, ProposalResponse::amendedText));
        return agreed.stream()
                .map(p -> new AgreedProposal(p, p.status() == ProposalStatus.AGREED ? p.text() : amended.get(p.agreedResponseId())))
                .toList();
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
