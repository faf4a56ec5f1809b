package org.jwc.secretariat.communique.past;

import java.util.List;

/**
 * A past communiqué as {@link PastCommuniqueParser} reads it from its text, for the user to
 * review before it is saved.
 *
 * @param title the lines before the first running text, joined by line breaks
 * @param preamble the paragraphs before the first numbered section
 * @param sections the numbered sections, in the text's order (a level-2 section follows its level-1 one)
 * @param closing the trailing paragraphs about the next meeting
 */
public record ParsedCommunique(String title, List<String> preamble, List<ParsedSection> sections,
        List<String> closing) {

    public ParsedCommunique {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
    }
}
