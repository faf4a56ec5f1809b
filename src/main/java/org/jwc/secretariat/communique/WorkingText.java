package org.jwc.secretariat.communique;

import java.util.List;
import java.util.stream.Collectors;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.i18n.Translations;
import org.jwc.secretariat.meeting.Meeting;
import org.springframework.stereotype.Component;

/** Reads the host's working text of a communiqué as a whole, in a constant number of queries. */
@Component
class WorkingText {

    private final CommuniqueSections sections;
    private final Paragraphs paragraphs;
    private final Brackets brackets;
    private final Translations translations;

    WorkingText(CommuniqueSections sections, Paragraphs paragraphs, Brackets brackets, Translations translations) {
        this.sections = sections;
        this.paragraphs = paragraphs;
        this.brackets = brackets;
        this.translations = translations;
    }

    CommuniqueText of(Communique communique, Meeting meeting) {
        var all = paragraphs.findByCommuniqueIdOrderByPositionAsc(communique.id());
        var open = brackets.findByParagraphIdInOrderByIdAsc(all.stream().map(Paragraph::id).toList()).stream()
                .filter(Bracket::isOpen)
                .collect(Collectors.groupingBy(Bracket::paragraphId));
        var bySection = all.stream().collect(Collectors.groupingBy(Paragraph::sectionId));
        var texts = sections.findByCommuniqueIdOrderByPositionAsc(communique.id()).stream()
                .map(s -> new SectionText(s.id(), s.kind(), s.areaId(), s.level(), s.heading(),
                        bySection.getOrDefault(s.id(), List.of()).stream()
                                .map(p -> new ParagraphText(p.id(), p.kind(), p.partyIds().stream().sorted().toList(),
                                        p.text(), p.pendingLanguage(), p.sourceProposalIds().stream().sorted().toList(),
                                        open.getOrDefault(p.id(), List.of()).stream()
                                                .map(b -> new BracketText(b.holderPartyId(), b.spanVi(), b.spanZh()))
                                                .toList()))
                                .toList()))
                .toList();
        return new CommuniqueText(title(), meeting.title(), texts);
    }

    private LocalizedText title() {
        return new LocalizedText(translations.getTranslation("communique.title", Language.VI.locale()),
                translations.getTranslation("communique.title", Language.ZH.locale()),
                translations.getTranslation("communique.title", Language.EN.locale()));
    }
}
