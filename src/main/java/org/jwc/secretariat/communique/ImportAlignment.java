package org.jwc.secretariat.communique;

import java.util.List;
import java.util.stream.Collectors;
import org.jwc.secretariat.base.RefusedException;
import org.jwc.secretariat.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * Fills the other language of an imported communiqué from its own paper text, paragraph by paragraph
 * in their order: the two texts of a communiqué signed in two languages have the same structure. When
 * they do not (the parser cut one differently, or it is another text), nothing is filled and the
 * refusal says where they differ, for the user to fix the review.
 */
@Component
class ImportAlignment {

    private final CommuniqueSections sections;
    private final Paragraphs paragraphs;

    ImportAlignment(CommuniqueSections sections, Paragraphs paragraphs) {
        this.sections = sections;
        this.paragraphs = paragraphs;
    }

    void align(Communique communique, ImportedLanguage other, Language language) {
        var saved = sections.findByCommuniqueIdOrderByPositionAsc(communique.id());
        var all = paragraphs.findByCommuniqueIdOrderByPositionAsc(communique.id());
        if (!all.isEmpty() && all.stream().allMatch(p -> p.text().get(language) != null && p.text().get(otherOfficial(language)) == null)) {
            throw RefusedException.badInput("language", "communique.import.error.sameLanguage");
        }
        // The saved text and the other one both have a preamble and a closing around their numbered sections.
        var areas = saved.stream().filter(s -> s.kind() == SectionKind.AREA).count();
        if (saved.size() != other.parts().size()) {
            throw new RefusedException("communique.import.error.sectionCount", areas, other.parts().size() - (saved.size() - areas));
        }
        var bySection = all.stream().collect(Collectors.groupingBy(Paragraph::sectionId));
        for (int s = 0; s < saved.size(); s++) {
            var own = bySection.getOrDefault(saved.get(s).id(), List.of());
            var part = other.parts().get(s);
            if (own.size() != part.paragraphs().size()) {
                throw new RefusedException("communique.import.error.paragraphCount", part.label(), own.size(), part.paragraphs().size());
            }
        }
        for (int s = 0; s < saved.size(); s++) {
            var section = saved.get(s);
            var own = bySection.getOrDefault(section.id(), List.of());
            var part = other.parts().get(s);
            for (int i = 0; i < own.size(); i++) {
                var paragraph = own.get(i);
                paragraph.write(paragraph.text().with(language, part.paragraphs().get(i)), paragraph.kind(),
                        List.copyOf(paragraph.partyIds()));
            }
            if (section.kind() == SectionKind.AREA && part.heading() != null) {
                section.reword(section.heading().with(language, part.heading()));
            }
        }
    }

    private static Language otherOfficial(Language language) {
        return language == Language.VI ? Language.ZH : Language.VI;
    }
}
