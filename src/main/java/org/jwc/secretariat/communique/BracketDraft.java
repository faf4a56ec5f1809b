package org.jwc.secretariat.communique;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A span of a paragraph put in brackets: the text in each official language exactly as it stands
 * in the paragraph, the party that holds it, why, and any wordings offered instead.
 */
public record BracketDraft(@Nullable Long holderPartyId, @Nullable String spanVi, @Nullable String spanZh,
        @Nullable String reason, List<Alternative> alternatives) {

    public BracketDraft {
        alternatives = List.copyOf(alternatives);
    }
}
