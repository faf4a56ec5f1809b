package org.jwc.secretariat.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Where each agreed proposal's agreed text is: its own text, the chosen response's amended text, or
 * the wording the host wrote and keeps here. Reading many costs one query per kind, not per proposal.
 */
@Component
class AgreedTexts {

    private final ProposalResponses responses;
    private final HostWordings hostWordings;

    AgreedTexts(ProposalResponses responses, HostWordings hostWordings) {
        this.responses = responses;
        this.hostWordings = hostWordings;
    }

    void keep(HostWording wording) {
        hostWordings.save(wording);
    }

    /** The agreed texts of the given agreed proposals, by proposal id. */
    Map<Long, AgreedText> of(List<Proposal> agreed) {
        var amendmentIds = agreed.stream().map(Proposal::agreedResponseId).filter(Objects::nonNull).toList();
        var amendments = amendmentIds.isEmpty() ? Map.<Long, ProposalResponse>of()
                : responses.findAllById(amendmentIds).stream().collect(Collectors.toMap(ProposalResponse::id, r -> r));
        var hostWritten = agreed.stream().filter(Proposal::agreedInHostWording).map(Proposal::id).toList();
        var wordings = hostWritten.isEmpty() ? Map.<Long, HostWording>of()
                : hostWordings.findByProposalIdIn(hostWritten).stream().collect(Collectors.toMap(HostWording::proposalId, w -> w));
        var texts = new HashMap<Long, AgreedText>();
        for (var p : agreed) {
            if (p.status() == ProposalStatus.AGREED) {
                texts.put(p.id(), new AgreedText(p.text(), AgreedText.Source.PROPOSAL, p.ownerPartyId(), null, null));
            } else if (wordings.containsKey(p.id())) {
                texts.put(p.id(), wordings.get(p.id()).asAgreedText());
            } else if (p.agreedResponseId() != null && amendments.containsKey(p.agreedResponseId())) {
                var amendment = amendments.get(p.agreedResponseId());
                texts.put(p.id(), new AgreedText(amendment.amendedText(), AgreedText.Source.AMENDMENT, amendment.partyId(), null, null));
            }
        }
        return texts;
    }
}
