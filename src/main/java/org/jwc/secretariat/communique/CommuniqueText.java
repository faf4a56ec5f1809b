package org.jwc.secretariat.communique;

import java.util.List;
import java.util.stream.Stream;
import org.jwc.secretariat.i18n.LocalizedText;

/**
 * The whole text of a communiqué at one moment: the working text, or a circulated version as it
 * was frozen. Its canonical form is what a version's SHA-256 is computed over.
 */
public record CommuniqueText(LocalizedText title, LocalizedText subtitle, List<SectionText> sections) {

    public CommuniqueText {
        sections = List.copyOf(sections);
    }

    /** Every paragraph in reading order; a paragraph's number is its place in this list, from 1. */
    public List<ParagraphText> paragraphs() {
        return sections.stream().flatMap(s -> s.paragraphs().stream()).toList();
    }

    /**
     * Whether the section at this place, or one of its sub-sections (the deeper area sections that
     * follow it), holds a paragraph: "1. Về hợp tác…" holds those of its "(1)", "(2)"…
     */
    public boolean holdsParagraphs(int index) {
        var section = sections.get(index);
        if (!section.paragraphs().isEmpty()) {
            return true;
        }
        for (var next : sections.subList(index + 1, sections.size())) {
            if (next.kind() != SectionKind.AREA || next.level() <= section.level()) {
                return false;
            }
            if (!next.paragraphs().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    public long pendingPairs() {
        return paragraphs().stream().filter(p -> p.pending() != null).count();
    }

    public long openBrackets() {
        return paragraphs().stream().mapToLong(p -> p.brackets().size()).sum();
    }

    Stream<BracketText> brackets() {
        return paragraphs().stream().flatMap(p -> p.brackets().stream());
    }
}
