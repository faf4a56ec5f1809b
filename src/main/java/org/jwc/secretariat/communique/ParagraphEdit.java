package org.jwc.secretariat.communique;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.i18n.LocalizedText;

/** What the host enters for a paragraph: its text pair, its kind and, unless common, the parties it names. */
public record ParagraphEdit(@Nullable ParagraphKind kind, List<Long> partyIds, @Nullable LocalizedText text) {

    public ParagraphEdit {
        partyIds = partyIds == null ? List.of() : List.copyOf(partyIds);
    }
}
