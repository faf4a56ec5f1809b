package org.jwc.secretariat.communique;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * A paragraph's text pair and what it is: its kind, the parties it names, the party whose proposal
 * it came from (null for the host's own text) and those proposals.
 */
public record ParagraphDraft(ParagraphKind kind, List<Long> partyIds, @Nullable Long ownerPartyId, LocalizedText text,
        List<Long> sourceProposalIds) {

    public ParagraphDraft {
        partyIds = List.copyOf(partyIds);
        sourceProposalIds = List.copyOf(sourceProposalIds);
    }

    /** A paragraph the host writes: common, from no proposal. */
    public static ParagraphDraft common(LocalizedText text) {
        return new ParagraphDraft(ParagraphKind.COMMON, List.of(), null, text, List.of());
    }
}
