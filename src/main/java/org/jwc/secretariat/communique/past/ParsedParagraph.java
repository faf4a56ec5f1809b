package org.jwc.secretariat.communique.past;

import java.util.List;
import org.jwc.secretariat.communique.ParagraphKind;

/**
 * A paragraph of a past communiqué with whom it binds: COMMON without parties, BILATERAL with the
 * parties it names, SIDE with every party of the named side and the parties named with it.
 */
public record ParsedParagraph(String text, ParagraphKind kind, List<Long> partyIds) {

    public ParsedParagraph {
        partyIds = List.copyOf(partyIds);
    }
}
