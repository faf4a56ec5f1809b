package org.jwc.secretariat.proposal;

import java.util.Set;
import org.jwc.secretariat.i18n.LocalizedText;

/** A party submitted a proposal: the parties it addresses want to know. */
public record ProposalSubmitted(long proposalId, long meetingId, long ownerPartyId, Set<Long> addressedPartyIds,
        LocalizedText title) {
}
