package org.jwc.secretariat.proposal;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * What a party writes in a proposal. Counterparts are named for a bilateral proposal only; joint
 * and side proposals address their parties by rule. The background stays inside the owner party.
 * A proposal follows up a commitment by its id; the free-text {@code followsUp} is the reference
 * proposals written before commitments existed keep.
 */
public record ProposalDraft(
        @Nullable Long areaId,
        @Nullable ProposalScope scope,
        Set<Long> counterpartPartyIds,
        LocalizedText title,
        LocalizedText text,
        @Nullable String followsUp,
        @Nullable Long followsUpCommitmentId,
        @Nullable String background) {
}
