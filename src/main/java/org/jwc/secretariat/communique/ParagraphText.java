package org.jwc.secretariat.communique;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * A paragraph of a {@link CommuniqueText}: its pair of texts, kind, named parties, the language
 * awaiting confirmation, the proposals it came from and its open brackets.
 */
public record ParagraphText(long id, ParagraphKind kind, List<Long> partyIds, LocalizedText text,
        @Nullable Language pending, List<Long> sourceProposalIds, List<BracketText> brackets) {

    public ParagraphText {
        partyIds = List.copyOf(partyIds);
        sourceProposalIds = List.copyOf(sourceProposalIds);
        brackets = List.copyOf(brackets);
    }
}
