package org.jwc.secretariat.communique;

import java.util.List;
import java.util.stream.Collectors;
import org.jwc.secretariat.committee.CommitteeService;
import org.jwc.secretariat.i18n.Language;
import org.jwc.secretariat.i18n.LocalizedText;
import org.jwc.secretariat.i18n.Numerals;
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
    private final CommitteeService committees;

    WorkingText(CommuniqueSections sections, Paragraphs paragraphs, Brackets brackets, Translations translations,
            CommitteeService committees) {
        this.sections = sections;
        this.paragraphs = paragraphs;
        this.brackets = brackets;
        this.translations = translations;
        this.committees = committees;
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
        return new CommuniqueText(title(), subtitle(meeting), texts);
    }

    /**
     * "Hội nghị lần thứ 18 Ủy ban Công tác liên hợp giữa các tỉnh…", as the 14th communiqué names the
     * mechanism in full; the meeting's own title while the committee has no name.
     */
    private LocalizedText subtitle(Meeting meeting) {
        var committee = committees.name();
        if (!committee.hasOfficialLanguages()) {
            return meeting.title();
        }
        return new LocalizedText(subtitle(meeting, committee, Language.VI), subtitle(meeting, committee, Language.ZH),
                subtitle(meeting, committee, Language.EN));
    }

    private String subtitle(Meeting meeting, LocalizedText committee, Language language) {
        return translations.getTranslation("communique.subtitle", language.locale(),
                Numerals.meeting(meeting.number(), language), committee.in(language));
    }

    private LocalizedText title() {
        return new LocalizedText(translations.getTranslation("communique.title", Language.VI.locale()),
                translations.getTranslation("communique.title", Language.ZH.locale()),
                translations.getTranslation("communique.title", Language.EN.locale()));
    }
}
