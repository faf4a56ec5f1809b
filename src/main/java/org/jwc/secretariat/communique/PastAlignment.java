package org.jwc.secretariat.communique;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.jwc.secretariat.base.MessageKey;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * Fills the other language of an imported communiqué from its own past text, paragraph by paragraph
 * in their order: the two texts of a communiqué signed in two languages have the same structure. When
 * they do not (the parser cut one differently, or it is another text), nothing is filled and the
 * refusal says where they differ, for the user to fix the review.
 */
@Component
class PastAlignment {

    private final CommuniqueSections sections;
    private final Paragraphs paragraphs;

    PastAlignment(CommuniqueSections sections, Paragraphs paragraphs) {
        this.sections = sections;
        this.paragraphs = paragraphs;
    }

    void align(Communique communique, ParsedCommunique other, Language language) {
        var saved = sections.findByCommuniqueIdOrderByPositionAsc(communique.id());
        var all = paragraphs.findByCommuniqueIdOrderByPositionAsc(communique.id());
        if (!all.isEmpty() && all.stream().allMatch(p -> p.text().get(language) != null && p.text().get(otherOfficial(language)) == null)) {
            throw RefusedException.badInput("language", "communique.import.error.sameLanguage");
        }
        var areas = saved.stream().filter(s -> s.kind() == SectionKind.AREA).toList();
        if (areas.size() != other.sections().size()) {
            throw new RefusedException("communique.import.error.sectionCount", areas.size(), other.sections().size());
        }
        var bySection = all.stream().collect(Collectors.groupingBy(Paragraph::sectionId));
        var pairs = saved.stream().map(s -> pair(s, bySection.getOrDefault(s.id(), List.of()), other, areas)).toList();
        pairs.forEach(Pair::check);
        for (var pair : pairs) {
            for (int i = 0; i < pair.own().size(); i++) {
                var paragraph = pair.own().get(i);
                paragraph.write(PastReview.in(paragraph.text(), language, pair.texts().get(i)), paragraph.kind(),
                        List.copyOf(paragraph.partyIds()));
            }
            if (pair.heading() != null) {
                pair.section().reword(PastReview.in(pair.section().heading(), language, pair.heading()));
            }
        }
    }

    /** A saved section, its paragraphs and what the other text has in its place. */
    private record Pair(CommuniqueSection section, List<Paragraph> own, List<String> texts, @Nullable String heading, Object label) {

        void check() {
            if (own.size() != texts.size()) {
                throw new RefusedException("communique.import.error.paragraphCount", label, own.size(), texts.size());
            }
        }
    }

    private static Pair pair(CommuniqueSection section, List<Paragraph> own, ParsedCommunique other,
            List<CommuniqueSection> areas) {
        return switch (section.kind()) {
            case PREAMBLE -> new Pair(section, own, PastReview.kept(other.preamble()), null,
                    new MessageKey("communique.section.PREAMBLE"));
            case CLOSING -> new Pair(section, own, PastReview.kept(other.closing()), null,
                    new MessageKey("communique.section.CLOSING"));
            case AREA -> {
                var parsed = other.sections().get(areas.indexOf(section));
                yield new Pair(section, own, PastReview.kept(parsed.paragraphs().stream().map(ParsedParagraph::text).toList()),
                        parsed.heading(), PastReview.label(parsed));
            }
        };
    }

    private static Language otherOfficial(Language language) {
        return language == Language.VI ? Language.ZH : Language.VI;
    }
}
