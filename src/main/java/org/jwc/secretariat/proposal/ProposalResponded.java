package org.jwc.secretariat.proposal;

import org.jwc.secretariat.i18n.LocalizedText;

/** An addressed party gave or revised its response: the owner party wants to know. */
public record ProposalResponded(long proposalId, long meetingId, long ownerPartyId, long respondingPartyId,
        LocalizedText title) {
}
